// The benchmark's posts, one list per widget, written in each API's own format: the native feed, Bluesky's
// getProfile/getAuthorFeed and Mastodon's Account/Status. Every library on a page is fed the same words and dates.
import { createHash } from 'node:crypto';

const MINUTE = 60_000;
const SENTENCES = [
  'Shipped a smaller build today.',
  'Notes from the meetup: caching, fonts, and why the sidebar loads last on slow phones.',
  'Café ☕ and a long read about layout shift, with numbers from three real sites and one honest chart.',
  'Short one.',
  'Thread: what we learned moving a widget from a framework to a plain web component, and what we would do again.',
];

/** The Mastodon instance and the Bluesky AppView hosts the pages name; the benchmark answers them locally. */
export const HOSTS = { mastodon: 'mastodon.social', bluesky: ['public.api.bsky.app', 'api.bsky.app'] };

/** One widget's feed: who writes it and its `count` posts, newest first, dated back from `now`. */
export function benchFeed(widget, count, now, origin) {
  const name = `Bench Author ${widget + 1}`;
  const posts = Array.from({ length: count }, (_, i) => {
    const link = `https://example.com/notes/${widget}/${i}`;
    const prefix = `Post ${i + 1} by ${name}: ${SENTENCES[(i + widget) % SENTENCES.length]} Read more `;
    // Ages from 20 s to days, different for each widget, so labels read "now", minutes, hours and days.
    const published = now - (i * 47 + widget * 5) * MINUTE - 20_000;
    return { i, prefix, link, tag: 'bench', published };
  });
  return { widget, count, name, avatar: `${origin}/bench/avatar.svg`, posts };
}

/** A post's plain text, as the native format and Bluesky's record carry it. */
const plainText = (post) => `${post.prefix}${post.link} #${post.tag}`;

/** The feed in the widget's own format. */
export function nativeFeed(feed) {
  return {
    version: 1,
    author: {
      name: feed.name,
      handle: `@bench${feed.widget}`,
      url: 'https://example.com/',
      avatar: feed.avatar,
      bio: 'A feed made up for the benchmark: the same posts for every library.',
    },
    links: [{ network: 'website', label: 'Website', url: 'https://example.com/' }],
    posts: feed.posts.map((post) => ({
      id: String(post.i),
      url: `https://example.com/posts/${feed.widget}/${post.i}`,
      text: plainText(post),
      published: new Date(post.published).toISOString(),
    })),
  };
}

/** The Bluesky handle of a widget's feed: it names the widget and the post count, so the mock can answer it. */
export const blueskyHandle = (widget, count) => `w${widget}-n${count}.bsky.social`;

/** Reads a handle made by `blueskyHandle`. */
export function parseBlueskyHandle(handle) {
  const match = /^w(\d+)-n(\d+)\.bsky\.social$/.exec(handle ?? '');
  return match ? { widget: Number(match[1]), count: Number(match[2]) } : undefined;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';

// A CIDv1 (dag-cbor, sha2-256) in base32, the shape the AppView returns, so strict clients accept it.
function cid(seed) {
  const bytes = Buffer.concat([Buffer.from([1, 0x71, 0x12, 0x20]), createHash('sha256').update(seed).digest()]);
  let bits = 0;
  let value = 0;
  let out = 'b';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

// A record key in TID form: microseconds since the epoch and a clock id, base32-sortable, 13 characters.
function tid(ms, clock) {
  let n = (BigInt(ms) * 1000n) << 10n | BigInt(clock & 1023);
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = SORTABLE[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

const blueskyAuthor = (feed) => ({
  did: `did:plc:bench${feed.widget}n${feed.count}`,
  handle: blueskyHandle(feed.widget, feed.count),
  displayName: feed.name,
  avatar: feed.avatar,
  labels: [],
  createdAt: '2023-04-01T10:00:00.000Z',
});

/** Bluesky's `app.bsky.actor.getProfile` answer for the feed. */
export function blueskyProfile(feed) {
  return {
    ...blueskyAuthor(feed),
    description: 'A feed made up for the benchmark: the same posts for every library.',
    followersCount: 120,
    followsCount: 80,
    postsCount: feed.count,
    indexedAt: '2024-01-01T00:00:00.000Z',
  };
}

/** Bluesky's `app.bsky.feed.getAuthorFeed` answer: the first `limit` posts, with the link and tag as facets. */
export function blueskyAuthorFeed(feed, limit) {
  const author = blueskyAuthor(feed);
  const items = feed.posts.slice(0, limit).map((post) => {
    const text = plainText(post);
    const linkStart = Buffer.byteLength(post.prefix);
    const linkEnd = linkStart + Buffer.byteLength(post.link);
    const createdAt = new Date(post.published).toISOString();
    const rkey = tid(post.published, feed.widget);
    return {
      post: {
        uri: `at://${author.did}/app.bsky.feed.post/${rkey}`,
        cid: cid(`${feed.widget}/${feed.count}/${post.i}`),
        author,
        record: {
          $type: 'app.bsky.feed.post',
          text,
          createdAt,
          langs: ['en'],
          facets: [
            { index: { byteStart: linkStart, byteEnd: linkEnd }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: post.link }] },
            {
              index: { byteStart: linkEnd + 1, byteEnd: linkEnd + 2 + post.tag.length },
              features: [{ $type: 'app.bsky.richtext.facet#tag', tag: post.tag }],
            },
          ],
        },
        replyCount: 0,
        repostCount: post.i % 3,
        likeCount: post.i % 7,
        quoteCount: 0,
        indexedAt: createdAt,
        labels: [],
      },
    };
  });
  return limit < feed.count ? { feed: items, cursor: items.at(-1)?.post.indexedAt } : { feed: items };
}

/** The Mastodon username of a widget's feed (letters, digits and `_`, as every Mastodon embed accepts). */
export const mastodonUser = (widget, count) => `bench_w${widget}_n${count}`;

/** The Mastodon account id of a widget's feed: `widget * 1000 + count`. */
export const mastodonId = (widget, count) => String(widget * 1000 + count);

/** Reads an account id made by `mastodonId`. */
export function parseMastodonId(id) {
  const n = Number(id);
  return Number.isInteger(n) && n >= 0 ? { widget: Math.floor(n / 1000), count: n % 1000 } : undefined;
}

/** Reads a username made by `mastodonUser`. */
export function parseMastodonUser(user) {
  const match = /^bench_w(\d+)_n(\d+)$/.exec(user ?? '');
  return match ? { widget: Number(match[1]), count: Number(match[2]) } : undefined;
}

// A post's id on Mastodon: numeric, falling with age, so `max_id` pages through them.
const statusId = (feed, i) => String((feed.widget + 1) * 100_000 + 99_999 - i);

/** The Mastodon Account of the feed, as `/api/v1/accounts/lookup` returns it. */
export function mastodonAccount(feed) {
  const username = mastodonUser(feed.widget, feed.count);
  return {
    id: mastodonId(feed.widget, feed.count),
    username,
    acct: username,
    display_name: feed.name,
    locked: false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: '2023-04-01T00:00:00.000Z',
    note: '<p>A feed made up for the benchmark: the same posts for every library.</p>',
    url: `https://${HOSTS.mastodon}/@${username}`,
    uri: `https://${HOSTS.mastodon}/users/${username}`,
    avatar: feed.avatar,
    avatar_static: feed.avatar,
    header: feed.avatar,
    header_static: feed.avatar,
    followers_count: 120,
    following_count: 80,
    statuses_count: feed.count,
    last_status_at: '2024-01-01',
    emojis: [],
    fields: [{ name: 'Website', value: '<a href="https://example.com/" rel="nofollow noopener me" target="_blank">example.com</a>', verified_at: null }],
  };
}

/** Mastodon Statuses of the feed, older than `maxId` when given, at most `limit`. */
export function mastodonStatuses(feed, limit, maxId) {
  const account = mastodonAccount(feed);
  const older = maxId === undefined ? feed.posts : feed.posts.filter((post) => Number(statusId(feed, post.i)) < Number(maxId));
  return older.slice(0, limit).map((post) => {
    const id = statusId(feed, post.i);
    const bare = post.link.replace('https://', '');
    const content =
      `<p>${post.prefix}<a href="${post.link}" rel="nofollow noopener" translate="no" target="_blank">` +
      `<span class="invisible">https://</span><span class="">${bare}</span><span class="invisible"></span></a> ` +
      `<a href="https://${HOSTS.mastodon}/tags/${post.tag}" class="mention hashtag" rel="tag">#<span>${post.tag}</span></a></p>`;
    return {
      id,
      created_at: new Date(post.published).toISOString(),
      in_reply_to_id: null,
      in_reply_to_account_id: null,
      sensitive: false,
      spoiler_text: '',
      visibility: 'public',
      language: 'en',
      uri: `${account.uri}/statuses/${id}`,
      url: `${account.url}/${id}`,
      replies_count: 0,
      reblogs_count: post.i % 3,
      favourites_count: post.i % 7,
      edited_at: null,
      content,
      reblog: null,
      application: null,
      account,
      media_attachments: [],
      mentions: [],
      tags: [{ name: post.tag, url: `https://${HOSTS.mastodon}/tags/${post.tag}` }],
      emojis: [],
      card: null,
      poll: null,
    };
  });
}
