// Several sources in one widget: one list of posts, newest first, with cross-posts shown once.
import { newestFirst } from '../adapters/normalize.js';
import type { Feed, Post } from '../types.js';

// The same text posted to two networks lands within this window; further apart, it is two posts.
const CROSS_POST_WINDOW = 5 * 60_000;

/** Merges feeds in `src` order: the author and links come from the first, posts from all, cross-posts once. */
export function mergeFeeds([first, ...others]: Feed[]): Feed {
  if (others.length === 0) return first;
  const kept: Post[] = [];
  for (const post of newestFirst([first, ...others].flatMap((feed) => feed.posts))) {
    const key = comparable(post.text);
    const crossPost = kept.some(
      (other) => Math.abs(other.published.getTime() - post.published.getTime()) <= CROSS_POST_WINDOW && comparable(other.text) === key,
    );
    if (!crossPost || !key) kept.push(post);
  }
  return { ...first, posts: kept };
}

/** The words of a text, without links or domains (each network shortens them its own way), case or punctuation. */
function comparable(text: string): string {
  return text
    .replace(/\S*(?:https?:\/\/|\.\p{L}{2,}(?:\/|\b))\S*/giu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}
