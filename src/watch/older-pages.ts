// The older pages "Show more" loads, where a source pages (`Feed.next`): a file of its own, fetched at the first press
// that needs it. Each page goes through the page-wide cache, so every widget on the source shares one request.
import { loadFeed } from '../source/load-source.js';
import { MAX_POSTS } from '../source/adapters/bounds.js';
import type { Feed } from '../types.js';
import { fetchShared, readCache } from './feed-cache.js';
import { cacheKey, type SourceOptions } from './watch-source.js';

/** The page at `next`, from the page's cache or the network; rejects with the load's `FeedError`. */
export async function loadOlderPage(next: string, options: SourceOptions, signal: AbortSignal): Promise<Feed> {
  const key = cacheKey(next, options.format, options.count);
  const load = (signal: AbortSignal) => loadFeed(next, { format: options.format, count: options.count, timeout: options.timeout * 1000, signal });
  return (readCache(key) ?? (await fetchShared(key, load, signal))).feed;
}

/**
 * A feed with an older page's posts after its own (each once: a page may repeat a post a refresh brought in) and
 * that page's way on; a page that brings nothing new ends the feed (a source that answers the same page forever is
 * not asked again), and so does the cap on the posts of one feed.
 */
export function appendPage(feed: Feed, page: Feed): Feed {
  const ids = new Set(feed.posts.map((post) => post.id));
  const added = page.posts.filter((post) => !ids.has(post.id));
  const posts = [...feed.posts, ...added].slice(0, MAX_POSTS);
  return { ...feed, posts, next: added.length && posts.length < MAX_POSTS ? page.next : undefined };
}
