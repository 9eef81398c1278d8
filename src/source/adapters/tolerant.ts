// What RSS, Atom and JSON Feed need and a network's posts do not: what their publishers get wrong, read as feed
// readers read it (markup in fields meant for text, titles escaped once or twice, one id for several items), and
// their attachments' MIME types. A file apart from syndication.ts, which the HTML reader's file carries.
import { htmlToTokens } from '../../format/html-text.js';
import type { Post, TextToken } from '../../types.js';
import type { AdaptContext } from './context.js';
import { plainText } from './normalize.js';

// A tag or an entity: what makes a text field (an RSS title, a JSON Feed summary) HTML rather than plain text.
const MARKUP = /<[a-z/!]|&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** Text that may be HTML (a JSON Feed summary or description): rich text when it has tags or entities, else itself. */
export function htmlOrText(text: string | undefined, context: AdaptContext, baseUrl = context.baseUrl): string | TextToken[] | undefined {
  return text !== undefined && MARKUP.test(text) ? htmlToTokens(text, context, baseUrl) : text;
}

/**
 * A title or a name on one line, as the text a browser shows of it: publishers put escaped HTML in titles
 * (`&lt;sup&gt;`, `<span class="webrupee">`), or escape it twice (`&amp;amp;`), so markup and entities are read
 * again until none is left (three times at most). Undefined when nothing is left.
 */
export function lineOf(text: string | null | undefined, context: AdaptContext): string | undefined {
  for (let pass = 0; text && pass < 3 && MARKUP.test(text); pass++) text = plainText(htmlToTokens(text, context));
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * Posts whose ids are unique per item, in document order: a feed may give distinct items one guid (Scripting News
 * does), and each repeat then gets its rank among its namesakes (`guid #2`). An item that repeats an earlier one
 * exactly (same text, link and date) keeps the id, and goes as a duplicate.
 */
export function distinctIds(posts: Post[]): Post[] {
  const seen = new Map<string, Post[]>();
  return posts.map((post) => {
    const namesakes = seen.get(post.id) ?? [];
    seen.set(post.id, [...namesakes, post]);
    const same = (other: Post) => other.text === post.text && other.url === post.url && other.published?.getTime() === post.published?.getTime();
    return namesakes.length && !namesakes.some(same) ? { ...post, id: `${post.id} #${namesakes.length + 1}` } : post;
  });
}

/** The kind of medium a MIME type names (`image/png`, `audio/mpeg`, `video/mp4`), or undefined for any other file. */
export function kindOfType(type: string | undefined): 'image' | 'video' | 'audio' | undefined {
  return /^(image|video|audio)\//i.exec(type?.trim() ?? '')?.[1].toLowerCase() as 'image' | 'video' | 'audio' | undefined;
}
