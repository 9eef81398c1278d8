import { expect } from '@open-wc/testing';
import { safeImageUrl, safeUrl } from '../../src/format/safe-url.js';

describe('safeUrl', () => {
  it('returns the absolute href of http, https and mailto URLs', () => {
    expect(safeUrl('https://twitter.com/cginisty')).to.equal('https://twitter.com/cginisty');
    expect(safeUrl('http://www.1min30.com')).to.equal('http://www.1min30.com/');
    expect(safeUrl('mailto:contact@example.fr')).to.equal('mailto:contact@example.fr');
    expect(safeUrl('HTTPS://Example.COM/a')).to.equal('https://example.com/a');
  });

  it('resolves relative URLs against the base', () => {
    expect(safeUrl('/feed.json', 'https://blog.example/article/1')).to.equal('https://blog.example/feed.json');
    expect(safeUrl('avatar.png', 'https://blog.example/img/')).to.equal('https://blog.example/img/avatar.png');
  });

  it('percent-encodes accents and spaces in the href', () => {
    expect(safeUrl('https://fr.wikipedia.org/wiki/Café au lait')).to.equal(
      'https://fr.wikipedia.org/wiki/Caf%C3%A9%20au%20lait',
    );
  });

  it('ignores whitespace around the URL, as feeds often wrap it', () => {
    expect(safeUrl('\n  https://example.com/post  \n')).to.equal('https://example.com/post');
  });

  it('refuses script-running and local schemes, whatever their case or disguise', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://example.com/0f2a',
      'file:///etc/passwd',
      'ftp://example.com/file',
    ]) {
      expect(safeUrl(value), value).to.equal(undefined);
      expect(safeUrl(value, 'https://blog.example/'), value).to.equal(undefined);
    }
  });

  it('refuses control characters that would turn a path into another host', () => {
    expect(safeUrl('/\t/evil.example/', 'https://blog.example/')).to.equal(undefined);
    expect(safeUrl('\u0000//evil.example/', 'https://blog.example/')).to.equal(undefined);
    expect(safeUrl('https://exa\u007fmple.com/')).to.equal(undefined);
  });

  it('refuses non-strings, empty strings and unparsable values', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com'], new URL('https://example.com'), '', '   ']) {
      expect(safeUrl(value), String(value)).to.equal(undefined);
    }
    expect(safeUrl('', 'https://blog.example/')).to.equal(undefined);
    expect(safeUrl('/relative/without/base')).to.equal(undefined);
    expect(safeUrl('https://[oops/')).to.equal(undefined);
    expect(safeUrl('http://')).to.equal(undefined);
  });
});

describe('safeImageUrl', () => {
  it('returns the absolute href of http and https images', () => {
    expect(safeImageUrl('https://pbs.twimg.com/a.jpg')).to.equal('https://pbs.twimg.com/a.jpg');
    expect(safeImageUrl('img/a.jpg', 'http://blog.example/')).to.equal('http://blog.example/img/a.jpg');
  });

  it('refuses mailto and every other scheme', () => {
    for (const value of ['mailto:a@example.com', 'data:image/png;base64,iVBORw0KGgo=', 'javascript:alert(1)', 'blob:x']) {
      expect(safeImageUrl(value), value).to.equal(undefined);
    }
    expect(safeImageUrl(7)).to.equal(undefined);
  });
});
