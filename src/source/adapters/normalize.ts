// Shaping helpers every adapter shares once its input is narrowed.
import type { Post, TextToken } from '../../types.js';

/** Posts sorted newest first, keeping the first of any duplicated id. */
export function newestFirst(posts: Post[]): Post[] {
  const seen = new Set<string>();
  return posts
    .filter((post) => !seen.has(post.id) && !!seen.add(post.id))
    .sort((a, b) => b.published.getTime() - a.published.getTime());
}

/** The plain text of rich text, as a reader would copy it. */
export function plainText(tokens: TextToken[]): string {
  return tokens.map((token) => token.text).join('');
}
