// Shaping helpers every adapter shares once its input is narrowed.
import type { Post, TextToken } from '../../types.js';

/**
 * Posts sorted newest first, keeping the first of any duplicated id. Undated posts keep their places in the given
 * order (a feed lists its items newest first), the dated ones filling the other places newest first.
 */
export function newestFirst(posts: Post[]): Post[] {
  const seen = new Set<string>();
  const unique = posts.filter((post) => !seen.has(post.id) && !!seen.add(post.id));
  const dated = unique.filter((post) => post.published).sort((a, b) => b.published!.getTime() - a.published!.getTime());
  return unique.map((post) => (post.published ? dated.shift()! : post));
}

/** The plain text of rich text, as a reader would copy it. */
export function plainText(tokens: TextToken[]): string {
  return tokens.map((token) => token.text).join('');
}
