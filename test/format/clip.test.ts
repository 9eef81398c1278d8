import { expect } from '@open-wc/testing';
import { clip, clipTokens, MAX_RICH_TOKENS, MAX_TEXT } from '../../src/format/clip.js';
import { tokenize } from '../../src/format/rich-text.js';
import type { TextToken } from '../../src/types.js';

const kinds = (tokens: TextToken[]) => tokens.map((token) => token.kind);

describe('clip', () => {
  it('keeps a text within the limit as it is', () => {
    expect(clip('Bonjour', 7)).to.equal('Bonjour');
  });

  it('cuts a longer text to the limit, the cut marked with "…"', () => {
    expect(clip('Bonjour tout le monde', 8)).to.equal('Bonjour…');
    expect(clip('Bonjour tout le monde', 8)).to.have.length(8);
  });

  it('never cuts inside a surrogate pair', () => {
    const cut = clip('ab😀cd', 4);
    expect(cut).to.equal('ab…');
    expect(cut).not.to.match(/[\ud800-\udbff]/);
    expect(clip('😀😀😀', 1)).to.equal('…');
  });
});

describe('clipTokens', () => {
  it('leaves ordinary rich text as it is', () => {
    const tokens = tokenize('Merci @natacha pour #communication https://example.com');
    expect(clipTokens(tokens)).to.deep.equal(tokens);
  });

  it(`cuts a text longer than ${MAX_TEXT} characters at the limit, with "…"`, () => {
    const cut = clipTokens([{ kind: 'text', text: 'a'.repeat(MAX_TEXT * 3) }]);
    expect(cut).to.deep.equal([{ kind: 'text', text: `${'a'.repeat(MAX_TEXT - 1)}…` }]);
  });

  it('turns a link that would cross the limit into the text that fits, so no link is cut in half', () => {
    const cut = clipTokens([
      { kind: 'text', text: 'a'.repeat(MAX_TEXT - 5) },
      { kind: 'url', text: 'https://example.com/page', href: 'https://example.com/page' },
    ]);
    expect(cut).to.deep.equal([{ kind: 'text', text: `${'a'.repeat(MAX_TEXT - 5)}http…` }]);
  });

  it(`keeps the first ${MAX_RICH_TOKENS} links, mentions, hashtags or emoji and makes the rest one plain text`, () => {
    const cut = clipTokens(tokenize('@a.'.repeat(1000)));
    expect(cut.filter((token) => token.kind === 'mention')).to.have.length(MAX_RICH_TOKENS);
    // Text joined into as few nodes as possible: one token between links, one for everything after them.
    expect(cut).to.have.length(2 * MAX_RICH_TOKENS);
    expect(kinds(cut).at(-1)).to.equal('text');
    expect(cut.map((token) => token.text).join('')).to.equal('@a.'.repeat(1000));
  });
});
