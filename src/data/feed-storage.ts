// The last good feed per source in Web Storage, so the next page view shows it before the network answers.
// Storage is a convenience: when it is disabled, full, corrupt or from another version, the widget just loads.
import type { Feed, Post, TextToken } from '../types.js';
import type { CacheEntry } from './feed-cache.js';
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

type Stored = Omit<CacheEntry, 'feed'> & { feed: Omit<Feed, 'posts'> & { posts: (Omit<Post, 'published'> & { published: string })[] } };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
// The field each token kind needs besides `text`.
const TOKEN_FIELDS: Record<TextToken['kind'], string> = { text: 'text', url: 'href', mention: 'handle', hashtag: 'tag', emoji: 'url' };
const isTokens = (value: unknown): value is TextToken[] | undefined =>
  value === undefined ||
  (Array.isArray(value) &&
    value.every(
      (token) => isObject(token) && isString(token.text) && Object.hasOwn(TOKEN_FIELDS, token.kind as string) && isString(token[TOKEN_FIELDS[token.kind as TextToken['kind']]]),
    ));

// What the widget wrote, checked field by field: an entry edited by hand or by an older version must not crash it.
function isEntry(value: unknown): value is Stored {
  if (!isObject(value) || typeof value.fetchedAt !== 'number' || !isObject(value.feed)) return false;
  const { author, links, posts } = value.feed;
  return (
    isObject(author) &&
    isString(author.name) &&
    isTokens(author.nameContent) &&
    isTokens(author.bioContent) &&
    Array.isArray(links) &&
    links.every((link) => isObject(link) && isString(link.url) && isString(link.label) && isString(link.network)) &&
    Array.isArray(posts) &&
    posts.every(
      (post) =>
        isObject(post) &&
        isString(post.id) &&
        isString(post.text) &&
        isString(post.published) &&
        !Number.isNaN(Date.parse(post.published)) &&
        Array.isArray(post.media) &&
        post.media.every((media) => isObject(media) && isString(media.url)) &&
        isTokens(post.content),
    )
  );
}

function revive(stored: Stored): CacheEntry {
  return { ...stored, feed: { ...stored.feed, posts: stored.feed.posts.map((post) => ({ ...post, published: new Date(post.published) })) } };
}
