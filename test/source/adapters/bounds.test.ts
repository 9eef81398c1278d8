import { expect } from '@open-wc/testing';
import { boundFeed, MAX_NAME, MAX_POSTS } from '../../../src/source/adapters/bounds.js';
import { boundRich } from '../../../src/source/adapters/rich.js';
import { MAX_RICH_TOKENS, MAX_TEXT } from '../../../src/format/clip.js';
import type { Feed, Post } from '../../../src/types.js';

const post = (i: number, extra: Partial<Post> = {}): Post => ({
  id: String(i),
  text: `Post ${i}`,
  published: new Date(Date.UTC(2024, 0, 1) - i * 60_000),
  media: [],
  ...extra,
});
const feed = (extra: Partial<Feed> = {}): Feed => ({ author: { name: 'Sam' }, links: [], posts: [post(0)], ...extra });

describe('boundFeed', () => {
  it('returns an ordinary feed unchanged, adding no field', () => {
    const ordinary = feed({
      author: { name: 'Sam Rivera', handle: '@sam@social.example', bio: 'Hello', url: 'https://social.example/@sam' },
      links: [{ network: 'website', label: 'blog.example', url: 'https://blog.example/' }],
      posts: [post(0, { repostOf: { name: 'Natacha' }, media: [{ url: 'https://i.example/a.png', alt: 'A cat' }] }), post(1)],
    });
    expect(boundFeed(ordinary)).to.deep.equal(ordinary);
  });

  it(`keeps the newest ${MAX_POSTS} posts of a huge feed`, () => {
    const bounded = boundFeed(feed({ posts: Array.from({ length: MAX_POSTS * 4 }, (_, i) => post(i)) }));
    expect(bounded.posts.map((p) => p.id)).to.deep.equal(Array.from({ length: MAX_POSTS }, (_, i) => String(i)));
  });

  it('cuts every long text field, each cut marked with "…"', () => {
    const long = 'x'.repeat(MAX_TEXT * 2);
    const bounded = boundFeed(
      feed({
        author: { name: long, handle: long, bio: long, bioContent: [{ kind: 'text', text: long }] },
        links: [{ network: 'website', label: long, url: 'https://a.example/' }],
        posts: [post(0, { text: long, content: [{ kind: 'text', text: long }], spoiler: long, repostOf: { name: long, handle: long }, media: [{ url: 'https://i.example/a.png', alt: long }] })],
      }),
    );
    const { author, links, posts } = bounded;
    for (const name of [author.name, author.handle, links[0].label, posts[0].repostOf?.name, posts[0].repostOf?.handle]) {
      expect(name).to.have.length(MAX_NAME);
      expect(name?.endsWith('…')).to.equal(true);
    }
    for (const text of [author.bio, author.bioContent?.[0].text, posts[0].text, posts[0].content?.[0].text, posts[0].spoiler, posts[0].media[0].alt]) {
      expect(text).to.have.length(MAX_TEXT);
      expect(text?.endsWith('…')).to.equal(true);
    }
  });

  it(`keeps ${MAX_RICH_TOKENS} links in a post’s rich text, 20 images, 30 profile links`, () => {
    const mention = { kind: 'mention' as const, text: '@a', handle: 'a', href: 'https://a.example/@a' };
    const bounded = boundFeed(
      feed({
        links: Array.from({ length: 100 }, (_, i) => ({ network: 'website', label: `Site ${i}`, url: `https://s${i}.example/` })),
        posts: [post(0, { content: Array(1000).fill(mention), media: Array.from({ length: 100 }, (_, i) => ({ url: `https://i.example/${i}.png`, alt: '' })) })],
      }),
    );
    expect(bounded.posts[0].content?.filter((token) => token.kind === 'mention')).to.have.length(MAX_RICH_TOKENS);
    expect(bounded.posts[0].media).to.have.length(20);
    expect(bounded.links).to.have.length(30);
  });

  it('drops bidi overrides and zero-width characters from names, handles and link labels', () => {
    const bounded = boundFeed(
      feed({
        author: { name: 'Sam\u202e nivaR', handle: '@sam\u200b@social.example', nameContent: [{ kind: 'text', text: 'Sam\u2066 ' }, { kind: 'emoji', text: ':blob:', url: 'https://e.example/b.png' }] },
        links: [{ network: 'website', label: 'invoice\u202efdp.exe', url: 'https://a.example/' }],
        posts: [post(0, { repostOf: { name: 'Nat\u202eacha', handle: '@nat\ufeffacha' } })],
      }),
    );
    expect(bounded.author.name).to.equal('Sam nivaR');
    expect(bounded.author.handle).to.equal('@sam@social.example');
    expect(bounded.author.nameContent?.[0]).to.deep.equal({ kind: 'text', text: 'Sam ' });
    expect(bounded.links[0].label).to.equal('invoicefdp.exe');
    expect(bounded.posts[0].repostOf).to.deep.equal({ name: 'Natacha', handle: '@natacha' });
  });

  it('cuts the texts of cards, quotes and polls, and keeps at most ten poll options', () => {
    const long = 'x'.repeat(MAX_TEXT * 2);
    const bounded = boundRich(
      post(0, {
        card: { url: 'https://a.example/', title: long, description: long },
        quote: { text: long, author: { name: `Ada\u202e${long}` }, media: [] },
        poll: { options: Array.from({ length: 40 }, (_, i) => ({ title: `${i}${long}` })) },
      }),
    );
    expect(bounded.card?.title).to.have.length(MAX_NAME);
    expect(bounded.card?.description).to.have.length(MAX_TEXT);
    expect(bounded.quote?.text).to.have.length(MAX_TEXT);
    expect(bounded.quote?.author?.name).to.have.length(MAX_NAME);
    expect(bounded.quote?.author?.name).not.to.contain('\u202e');
    expect(bounded.poll?.options).to.have.length(10);
    expect(bounded.poll?.options[0].title).to.have.length(MAX_NAME);
  });

  it('leaves its input as it was', () => {
    const input = feed({ author: { name: 'x'.repeat(1000) } });
    boundFeed(input);
    expect(input.author.name).to.have.length(1000);
  });
});
