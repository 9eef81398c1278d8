// Several sources in one widget: one list of posts, newest first, with cross-posts shown once.
import { newestFirst } from '../source/adapters/normalize.js';
import type { Feed, Post } from '../types.js';

// The same text posted to two networks lands within this window; further apart, it is two posts.
const CROSS_POST_WINDOW = 5 * 60_000;

/**
 * Merges feeds in `src` order: the author and links come from the first, posts from all, cross-posts once. A source
 * with older pages stops, for now, at its oldest post loaded: another source's post older than that would show before
 * posts still on that source's next page, so it waits. Of those sources, the one whose posts end first gives the
 * merged feed its `next`.
 */
export function mergeFeeds(feeds: Feed[]): Feed {
  const [first, ...others] = feeds;
  if (others.length === 0) return first;
  let horizon = -Infinity;
  let next: string | undefined;
  for (const feed of feeds) {
    // An undated source cannot be placed in time: its pages are not followed.
    const oldest = feed.posts.reduce((min, post) => Math.min(min, post.published?.getTime() ?? Infinity), Infinity);
    if (feed.next && oldest < Infinity && oldest > horizon) [horizon, next] = [oldest, feed.next];
  }
  const kept: Post[] = [];
  // The time of the oldest post kept so far per text: posts come newest first, so it is the nearest one in time
  // (comparing each post with every kept one made thousands of posts at the same minute quadratic).
  const keptAt = new Map<string, number>();
  for (const post of newestFirst(feeds.flatMap((feed) => feed.posts))) {
    const key = comparable(post.text);
    // An undated post cannot be placed near another in time: it is never taken for a cross-post, nor held back.
    const time = post.published?.getTime() ?? NaN;
    if (time < horizon) continue;
    const near = keptAt.get(key);
    if (key && near !== undefined && near - time <= CROSS_POST_WINDOW) continue;
    kept.push(post);
    keptAt.set(key, time);
  }
  return { author: first.author, links: first.links, posts: kept, next };
}

/** The words of a text, without links or domains (each network shortens them its own way), case or punctuation. */
function comparable(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => !/https?:\/\/|\.\p{L}{2,}(?:\/|\b)/iu.test(word))
    .join(' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}
