import { expect } from '@open-wc/testing';
import { browserParsers } from '../../../src/source/parsers.js';
import { adaptNative, hasRichFields, isNativeFeed } from '../../../src/source/adapters/native.js';
import * as rich from '../../../src/source/adapters/rich.js';
import { shapeError } from '../../helpers/feed-error.js';
import { richNativePost } from '../../fixtures/native-feed.js';

const BASE = 'https://blog.example/api/feed.json';
const CONTEXT = { baseUrl: BASE, ...browserParsers };

function feed(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    author: { name: 'Christophe Ginisty', handle: '@cginisty', url: 'https://x.com/cginisty', avatar: '/a.png', bio: 'Bio' },
    links: [{ network: 'LinkedIn', label: 'LinkedIn', url: 'https://www.linkedin.com/in/cginisty' }],
    posts: [
      { id: 'old', text: 'older', published: '2017-03-25T19:26:00+01:00' },
      { id: 'new', text: 'newer', published: '2017-03-26T18:09:00+02:00', url: '/status/1' },
    ],
    ...extra,
  };
}

describe('native adapter', () => {
  it('normalizes author, links and posts, newest first', () => {
    const result = adaptNative(feed(), CONTEXT);
    expect(result.author).to.deep.equal({
      name: 'Christophe Ginisty',
      handle: '@cginisty',
      url: 'https://x.com/cginisty',
      avatar: 'https://blog.example/a.png',
      bio: 'Bio',
    });
    expect(result.links).to.deep.equal([{ network: 'linkedin', label: 'LinkedIn', url: 'https://www.linkedin.com/in/cginisty', verified: undefined }]);
    expect(result.posts.map((post) => post.id)).to.deep.equal(['new', 'old']);
    expect(result.posts[0].published?.toISOString()).to.equal('2017-03-26T16:09:00.000Z');
    expect(result.posts[0].url).to.equal('https://blog.example/status/1');
    expect(result.posts[0].media).to.deep.equal([]);
  });

  it('keeps reposts and media with their size and alt text', () => {
    const result = adaptNative(
      feed({
        posts: [
          {
            id: 'rt',
            text: 'Sur les réseaux…',
            published: '2017-03-25T19:26:00+01:00',
            repostOf: { name: 'Natacha', handle: '@NatachaQS', url: 'https://x.com/NatachaQS' },
            media: [{ url: 'img.jpg', alt: 'A chart', width: 1200, height: 675 }, { url: 42 }, { url: 'b.jpg', width: -3 }],
          },
        ],
      }),
      CONTEXT,
    );
    const [post] = result.posts;
    expect(post.repostOf).to.deep.equal({ name: 'Natacha', handle: '@NatachaQS', url: 'https://x.com/NatachaQS' });
    expect(post.media).to.deep.equal([
      { url: 'https://blog.example/api/img.jpg', alt: 'A chart', width: 1200, height: 675 },
      { url: 'https://blog.example/api/b.jpg', alt: '' },
    ]);
  });

  it('skips posts with an invalid date or nothing to show, and duplicate ids', () => {
    const result = adaptNative(
      feed({
        posts: [
          { id: 'a', text: 'first', published: '2017-03-26T18:09:00+02:00' },
          { id: 'a', text: 'duplicate', published: '2017-03-27T18:09:00+02:00' },
          { id: 'b', text: 'bad date', published: '26 Marchember' },
          { id: 'c', text: '   ', published: '2017-03-26T18:09:00+02:00' },
          'not a post',
          null,
        ],
      }),
      CONTEXT,
    );
    expect(result.posts.map((post) => post.text)).to.deep.equal(['first']);
  });

  it('drops links without a usable URL and defaults the network and label', () => {
    const result = adaptNative(feed({ links: [{ url: 'https://me.example' }, { network: 'x' }, 'nope'] }), CONTEXT);
    expect(result.links).to.deep.equal([{ network: 'website', label: 'website', url: 'https://me.example/', verified: undefined }]);
  });

  it('reads the optional language, content warning, pinned, reply and verified flags', () => {
    const result = adaptNative(
      feed({
        links: [{ network: 'github', url: 'https://github.com/a', verified: true }],
        posts: [{ id: 'p', text: 'مرحبا', published: '2026-11-26T10:00:00Z', lang: 'ar', spoiler: 'Spoilers', pinned: true, reply: 'yes' }],
      }),
      CONTEXT,
    );
    expect(result.links[0].verified).to.equal(true);
    const [post] = result.posts;
    expect([post.lang, post.spoiler, post.pinned, post.reply]).to.deep.equal(['ar', 'Spoilers', true, undefined]);
  });

  it('reads what real posts carry: a link card, a quoted post, video and sound, a poll, sensitive media, counts', () => {
    const richPost = richNativePost();
    expect(hasRichFields(feed({ posts: [richPost] }))).to.equal(true);
    expect(hasRichFields(feed())).to.equal(false);
    // Without the reader of rich fields (a feed that has none never loads it), they are left out.
    expect(Object.keys(adaptNative(feed({ posts: [richPost] }), CONTEXT).posts[0])).not.to.include('card');
    const [post] = adaptNative(feed({ posts: [richPost] }), CONTEXT, rich).posts;
    expect(post.repostOf).to.deep.equal({ name: 'Ada', handle: undefined, url: undefined, avatar: `${BASE.replace(/[^/]*$/, '')}img/ada.png` });
    expect(post.media.map((media) => [media.kind, media.preview?.split('/').pop(), media.duration])).to.deep.equal([
      ['video', 'v.jpg', 12.5],
      ['gifv', 'g.jpg', undefined],
      ['audio', undefined, 300],
      [undefined, undefined, undefined],
    ]);
    expect(post.card).to.deep.equal({
      url: 'https://news.example/a',
      title: 'A title',
      description: 'What it says',
      image: { url: `${BASE.replace(/[^/]*$/, '')}c.jpg`, alt: 'Cover', width: 600, height: 315 },
    });
    expect(post.quote?.text).to.equal('The quoted words');
    expect(post.quote?.published?.toISOString()).to.equal('2024-04-30T09:00:00.000Z');
    expect(post.quote?.author).to.deep.equal({ name: 'Ada', handle: '@ada' });
    expect(post.quote?.media).to.have.length(1);
    expect(post.poll?.options).to.deep.equal([{ title: 'Tea', votes: 3 }, { title: 'Coffee', votes: 5 }]);
    expect([post.poll?.votes, post.poll?.closesAt?.toISOString(), post.poll?.closed]).to.deep.equal([8, '2024-05-02T10:00:00.000Z', undefined]);
    expect(post.sensitive).to.equal(true);
    expect(post.counts).to.deep.equal({ replies: 2, reposts: 4 });
  });

  it('adds none of those fields to a plain post, and ignores them when malformed', () => {
    const malformed = { id: 'm', text: 'x', published: '2024-05-01T10:00:00Z', card: { title: 'no url' }, quote: { text: '  ' }, poll: { options: [] }, sensitive: 'yes', counts: { likes: -1 } };
    const [plain, bad] = adaptNative(feed({ posts: [{ id: 'p', text: 'x', published: '2024-05-01T11:00:00Z' }, malformed] }), CONTEXT, rich).posts;
    for (const post of [plain, bad]) {
      expect(['card', 'quote', 'poll', 'sensitive', 'counts'].filter((field) => field in post), post.id).to.deep.equal([]);
    }
  });

  it('accepts a feed without posts or links', () => {
    const result = adaptNative({ version: 1, author: { name: 'A' } }, CONTEXT);
    expect(result.posts).to.deep.equal([]);
    expect(result.links).to.deep.equal([]);
  });

  for (const [what, json] of [
    ['null', null],
    ['an array', []],
    ['a string', 'feed'],
    ['another version', { version: 2, author: { name: 'A' } }],
    ['a missing author', { version: 1 }],
    ['an author without a name', { version: 1, author: { handle: '@a' } }],
    ['posts that are not an array', { version: 1, author: { name: 'A' }, posts: {} }],
  ] as const) {
    it(`rejects ${what} as invalid-shape`, () => {
      expect(shapeError(() => adaptNative(json, CONTEXT)).code).to.equal('invalid-shape');
    });
  }

  it('is recognized by its version and author', () => {
    expect(isNativeFeed(feed())).to.equal(true);
    expect(isNativeFeed({ version: 1 })).to.equal(false);
    expect(isNativeFeed({ version: '1', author: {} })).to.equal(false);
  });
});
