// Several sources in one widget: one list of posts, newest first, with cross-posts shown once.
import { newestFirst } from '../source/adapters/normalize.js';
import type { Feed, Post } from '../types.js';

// The same text posted to two networks lands within this window; further apart, it is two posts.
const CROSS_POST_WINDOW = 5 * 60_000;

/** Merges feeds in `src` order: the author and links come from the first, posts from all, cross-posts once. */
export function mergeFeeds([first, ...others]: Feed[]): Feed {
  if (others.length === 0) return first;
  const kept: Post[] = [];
  // The time of the oldest post kept so far per text: posts come newest first, so it is the nearest one in time
  // (comparing each post with every kept one made thousands of posts at the same minute quadratic).
  const keptAt = new Map<string, number>();
  for (const post of newestFirst([first, ...others].flatMap((feed) => feed.posts))) {
    const key = comparable(post.text);
    // An undated post cannot be placed near another in time: it is never taken for a cross-post.
    const time = post.published?.getTime() ?? NaN;
    const near = keptAt.get(key);
    if (key && near !== undefined && near - time <= CROSS_POST_WINDOW) continue;
    kept.push(post);
    keptAt.set(key, time);
  }
  // Each source pages its own way: a merged feed has no single older page.
  return { author: first.author, links: first.links, posts: kept };
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
