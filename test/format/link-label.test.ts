import { expect } from '@open-wc/testing';
import { linkLabel } from '../../src/format/link-label.js';

describe('linkLabel', () => {
  it('keeps a label that names no host: words, hashtags, a Bluesky handle', () => {
    expect(linkLabel('Read the article', 'https://evil.example/')).to.equal('Read the article');
    expect(linkLabel('#webdev', 'https://mastodon.social/tags/webdev')).to.equal('#webdev');
    expect(linkLabel('@alice.bsky.social', 'https://bsky.app/profile/did:plc:a2lic3e7fxq5zbwt6nmyorvu')).to.equal('@alice.bsky.social');
    expect(linkLabel('@natacha', 'https://piaille.example/@natacha')).to.equal('@natacha');
  });

  it('keeps a label that names the link’s own host, with or without www, or a parent of it', () => {
    expect(linkLabel('theguardian.com/money/2019/dec…', 'https://www.theguardian.com/money/2019/dec/07/x')).to.equal(
      'theguardian.com/money/2019/dec…',
    );
    expect(linkLabel('example.com', 'https://blog.example.com/post')).to.equal('example.com');
    expect(linkLabel('@natacha@piaille.example', 'https://piaille.example/@natacha')).to.equal('@natacha@piaille.example');
    expect(linkLabel('contact@blog.example', 'mailto:contact@blog.example')).to.equal('contact@blog.example');
    expect(linkLabel('bücher.example/neu', 'https://xn--bcher-kva.example/neu')).to.equal('bücher.example/neu');
  });

  it('shows the real address when the label names another host', () => {
    expect(linkLabel('bank.example/login', 'https://evil.example/steal')).to.equal('evil.example/steal');
    expect(linkLabel('bank.example', 'https://bank.example.evil.example/')).to.equal('bank.example.evil.example');
    expect(linkLabel('@support@bank.example', 'https://evil.example/@support')).to.equal('evil.example/@support');
    expect(linkLabel('support@bank.example', 'mailto:thief@evil.example')).to.equal('thief@evil.example');
  });

  it('shows the real host of a URL that hides it behind a user name, without the user name', () => {
    expect(linkLabel('bank.example@evil.example/login', 'https://bank.example@evil.example/login')).to.equal('evil.example/login');
    expect(linkLabel('Log in', 'https://bank.example:pw@evil.example/')).to.equal('evil.example');
  });

  it('never shows a bidi override or zero-width character, even one a percent-escape decoded', () => {
    expect(linkLabel('invoice\u202efdp.exe', 'https://files.example/')).to.equal('invoicefdp.exe');
    expect(linkLabel('a.example/x', 'https://evil.example/invoice%E2%80%AEfdp.exe')).to.equal('evil.example/invoicefdp.exe');
  });
});
