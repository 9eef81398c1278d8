// The last good feed per source in Web Storage, so the next page view shows it before the network answers.
// Storage is a convenience: when it is disabled, full, corrupt or from another version, the widget just loads.
// What it holds is as untrusted as the network: another script on the origin, an extension or an older version
// may have written it, so every field is checked and the feed bounded like a network one.
import { boundFeed } from '../source/adapters/bounds.js';
import { boundRich } from '../source/adapters/rich.js';
import type { TextToken } from '../types.js';
import type { CacheEntry } from './feed-cache.js';
import { page } from '../page.js';
import { storageFor, type StorageMode } from './web-storage.js';

// Bumped whenever the stored shape changes: older entries are then ignored and overwritten.
const PREFIX = 'social-feed:v1:';

/** The stored entry for `key`, or undefined when there is none or it cannot be trusted. */
export function readStored(mode: StorageMode, key: string): CacheEntry | undefined {
  try {
    const stored: unknown = JSON.parse(storageFor(mode)?.getItem(PREFIX + key) ?? 'null');
    return isEntry(stored) ? revive(stored) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `entry` for `key`; a full or disabled storage is silently skipped. */
export function writeStored(mode: StorageMode, key: string, entry: CacheEntry): void {
  try {
    storageFor(mode)?.setItem(PREFIX + key, JSON.stringify(entry));
  } catch {
    // QuotaExceededError or SecurityError: the next page view simply loads from the network.
  }
}

type Check = (value: unknown) => boolean;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isBoolean: Check = (value) => typeof value === 'boolean';
const isDate: Check = (value) => isString(value) && !Number.isNaN(Date.parse(value as string));
/** An optional field: absent, or passing `check`. */
const optional = (check: Check): Check => (value) => value === undefined || check(value);
const listOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
/** An object whose every named field passes its check; other fields are not read. */
const shape =
  (fields: Record<string, Check>) =>
  (value: unknown): value is Json =>
    isObject(value) && Object.entries(fields).every(([name, check]) => check(value[name]));

// The field each token kind needs besides `text`.
const TOKEN_FIELDS: Record<TextToken['kind'], string> = { text: 'text', url: 'href', mention: 'handle', hashtag: 'tag', emoji: 'url' };
const isToken: Check = (token) =>
  isObject(token) &&
  isString(token.text) &&
  Object.hasOwn(TOKEN_FIELDS, token.kind as string) &&
  isString(token[TOKEN_FIELDS[token.kind as TextToken['kind']]]) &&
  optional(isString)(token.href);
const tokens = optional(listOf(isToken));
const text = optional(isString);
const flag = optional(isBoolean);

const number = optional(isNumber);
const image = shape({ url: isString, alt: isString, width: number, height: number });
const media = listOf(shape({ url: isString, alt: isString, width: number, height: number, kind: optional((kind) => ['video', 'gifv', 'audio'].includes(kind as string)), preview: text, duration: number }));
const person = optional(shape({ name: text, handle: text, url: text, avatar: text }));

// Every field of `Feed` the widget reads, as the widget wrote it (dates as ISO strings).
const isEntry = shape({
  fetchedAt: isNumber,
  etag: text,
  lastModified: text,
  feed: shape({
    author: shape({ name: isString, nameContent: tokens, handle: text, url: text, avatar: text, bio: text, bioContent: tokens }),
    links: listOf(shape({ network: isString, label: isString, url: isString, verified: flag })),
    next: text,
    posts: listOf(
      shape({
        id: isString,
        url: text,
        text: isString,
        content: tokens,
        published: optional(isDate),
        repostOf: person,
        media,
        lang: text,
        spoiler: text,
        pinned: flag,
        reply: flag,
        card: optional(shape({ url: isString, title: text, description: text, image: optional(image) })),
        quote: optional(shape({ url: text, text: isString, content: tokens, published: optional(isDate), author: person, media })),
        poll: optional(
          shape({ options: listOf(shape({ title: isString, votes: number })), votes: number, closesAt: optional(isDate), closed: flag }),
        ),
        sensitive: flag,
        counts: optional(shape({ replies: number, reposts: number, likes: number })),
      }),
    ),
  }),
});

function revive(stored: Json): CacheEntry {
  const entry = stored as unknown as CacheEntry;
  const date = (value: unknown) => (value === undefined ? undefined : new Date(value as string));
  // JSON kept the dates as ISO strings: they are Dates again, where the post has them.
  const posts = entry.feed.posts.map((post) => {
    const revived = { ...post, published: date(post.published) };
    if (post.quote?.published) revived.quote = { ...post.quote, published: date(post.quote.published) };
    if (post.poll?.closesAt) revived.poll = { ...post.poll, closesAt: date(post.poll.closesAt) };
    return revived;
  });
  return {
    ...entry,
    // A time to come would keep the copy fresh forever: it counts as stale, and the network is asked at once.
    fetchedAt: entry.fetchedAt > page().now() ? 0 : entry.fetchedAt,
    feed: boundFeed({ ...entry.feed, posts: posts.map(boundRich) }),
  };
}
