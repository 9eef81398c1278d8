import { expect } from '@open-wc/testing';
import { readStored, writeStored } from '../../src/watch/feed-storage.js';
import { cacheKey } from '../../src/watch/watch-source.js';
import type { CacheEntry } from '../../src/watch/feed-cache.js';

const KEY = cacheKey('https://blog.example/feed.json', 'auto', 20);
const entry = (): CacheEntry => ({
  fetchedAt: 1_700_000_000_000,
  etag: '"v7"',
  feed: {
    author: { name: 'Christophe Ginisty', bioContent: [{ kind: 'url', text: 'blog.example', href: 'https://blog.example/' }], bio: 'blog.example' },
    links: [{ network: 'rss', label: 'RSS', url: 'https://blog.example/feed.json' }],
    posts: [{ id: '1', text: 'Bonjour', published: new Date('2017-03-26T16:09:00Z'), media: [], content: [{ kind: 'hashtag', text: '#Fillon', tag: 'Fillon' }] }],
  },
});

describe('feed storage', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps an entry per source in session or local storage, dates and rich text included', () => {
    writeStored('session', KEY, entry());
    const stored = readStored('session', KEY)!;
    expect(stored.feed.posts[0].published).to.be.instanceOf(Date);
    expect(stored.feed.posts[0].published?.toISOString()).to.equal('2017-03-26T16:09:00.000Z');
    expect(stored).to.deep.equal(entry());
    expect(readStored('local', KEY)).to.equal(undefined);
    writeStored('local', KEY, entry());
    expect(readStored('local', KEY)).to.deep.equal(entry());
  });

  it('keeps an undated post undated, and the address of the older page', () => {
    const undated = entry();
    undated.feed.posts.push({ id: '2', text: 'Sans date', media: [] });
    undated.feed.next = 'https://blog.example/feed.json?page=2';
    writeStored('local', KEY, undated);
    const stored = readStored('local', KEY)!;
    expect(stored.feed.posts[1].published).to.equal(undefined);
    expect(stored.feed.next).to.equal('https://blog.example/feed.json?page=2');
  });

  it('stores nothing with storage none', () => {
    writeStored('none', KEY, entry());
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(readStored('none', KEY)).to.equal(undefined);
  });

  it('ignores what it cannot trust: corrupt JSON, another shape, bad dates or tokens, another version', () => {
    const broken = [
      '{not json',
      JSON.stringify({ fetchedAt: 1, feed: { author: { name: 1 }, links: [], posts: [] } }),
      JSON.stringify({ ...entry(), feed: { ...entry().feed, posts: [{ id: '1', text: 'x', published: 'yesterday', media: [] }] } }),
      JSON.stringify({ ...entry(), feed: { ...entry().feed, posts: [{ ...entry().feed.posts[0], content: [{ kind: 'mention', text: '@a' }] }] } }),
      JSON.stringify({ ...entry(), feed: { ...entry().feed, links: [{ url: 'https://a.example' }] } }),
      JSON.stringify({ ...entry(), fetchedAt: 'now' }),
    ];
    for (const value of broken) {
      localStorage.setItem(`social-feed:v1:${KEY}`, value);
      expect(readStored('local', KEY), value).to.equal(undefined);
    }
    localStorage.setItem(`social-feed:v0:${KEY}`, JSON.stringify(entry()));
    localStorage.removeItem(`social-feed:v1:${KEY}`);
    expect(readStored('local', KEY)).to.equal(undefined);
  });

  it('checks every field the widget renders, not only the required ones', () => {
    const stored = () => JSON.parse(JSON.stringify(entry()));
    const wrong: [string, (value: ReturnType<typeof stored>) => void][] = [
      ['a bio that is a number', (value) => (value.feed.author.bio = 5)],
      ['a handle that is an object', (value) => (value.feed.author.handle = {})],
      ['an avatar that is an array', (value) => (value.feed.author.avatar = ['https://a.example/a.png'])],
      ['a link marked verified with a string', (value) => (value.feed.links[0].verified = 'yes')],
      ['a repost that is a string', (value) => (value.feed.posts[0].repostOf = 'Natacha')],
      ['a repost whose name is a number', (value) => (value.feed.posts[0].repostOf = { name: 7 })],
      ['an image without alternative text', (value) => (value.feed.posts[0].media = [{ url: 'https://a.example/a.png' }])],
      ['an image whose width is a string', (value) => (value.feed.posts[0].media = [{ url: 'https://a.example/a.png', alt: '', width: 'wide' }])],
      ['a spoiler that is an object', (value) => (value.feed.posts[0].spoiler = {})],
      ['a language that is a number', (value) => (value.feed.posts[0].lang = 33)],
      ['a mention whose link is a number', (value) => (value.feed.posts[0].content = [{ kind: 'mention', text: '@a', handle: 'a', href: 1 }])],
      ['an ETag that is a number', (value) => (value.etag = 7)],
    ];
    for (const [what, spoil] of wrong) {
      const value = stored();
      spoil(value);
      localStorage.setItem(`social-feed:v1:${KEY}`, JSON.stringify(value));
      expect(readStored('local', KEY), what).to.equal(undefined);
    }
  });

  it('keeps what real posts carry across page views: card, quote, poll, media kinds, counts, with their dates', () => {
    const rich = {
      ...entry().feed.posts[0],
      media: [{ url: 'https://blog.example/v.mp4', alt: 'A walk', kind: 'video' as const, preview: 'https://blog.example/v.jpg', duration: 12 }],
      card: { url: 'https://news.example/a', title: 'A title', image: { url: 'https://news.example/a.jpg', alt: '' } },
      quote: { text: 'Quoted', published: new Date('2024-04-30T09:00:00Z'), author: { name: 'Ada' }, media: [] },
      poll: { options: [{ title: 'Tea', votes: 3 }], votes: 3, closesAt: new Date('2024-05-02T10:00:00Z') },
      sensitive: true,
      counts: { likes: 17 },
    };
    writeStored('local', KEY, { ...entry(), feed: { ...entry().feed, posts: [rich] } });
    const [post] = readStored('local', KEY)!.feed.posts;
    expect(post).to.deep.equal(rich);
    expect(post.quote?.published).to.be.instanceOf(Date);
    expect(post.poll?.closesAt).to.be.instanceOf(Date);
  });

  it('ignores an entry whose card, quote or poll has the wrong shape', () => {
    for (const spoil of [{ card: { title: 'no url' } }, { quote: { text: 7, media: [] } }, { poll: { options: [{ votes: 1 }] } }, { media: [{ url: 'x', alt: '', kind: 'hologram' }] }]) {
      const value = JSON.parse(JSON.stringify(entry()));
      Object.assign(value.feed.posts[0], spoil);
      localStorage.setItem(`social-feed:v1:${KEY}`, JSON.stringify(value));
      expect(readStored('local', KEY), JSON.stringify(spoil)).to.equal(undefined);
    }
  });

  it('counts an entry fetched at a time still to come as stale', () => {
    writeStored('local', KEY, { ...entry(), fetchedAt: Date.now() + 60_000 });
    expect(readStored('local', KEY)?.fetchedAt).to.equal(0);
  });

  it('bounds a stored feed as a network one: its fields cut, invisible characters left out of names', () => {
    writeStored('local', KEY, { ...entry(), feed: { ...entry().feed, author: { name: 'Sam\u202e aveR', bio: 'x'.repeat(100_000) } } });
    const { author } = readStored('local', KEY)!.feed;
    expect(author.name).to.equal('Sam aveR');
    expect(author.bio?.length).to.be.below(10_000);
  });

  it('skips a full storage silently', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => writeStored('local', KEY, entry())).not.to.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(readStored('local', KEY)).to.equal(undefined);
  });

  it('works without storage at all, as in a sandboxed frame', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(() => writeStored('local', KEY, entry())).not.to.throw();
      expect(readStored('local', KEY)).to.equal(undefined);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});
