// What RSS, Atom and JSON Feed share: blog-shaped items become short posts, and the site and feed become links.
import { tokenize } from '../../format/rich-text.js';
import type { Post, SocialLink, TextToken } from '../../types.js';
import { plainText } from './normalize.js';

/** The longest body (in visible characters) shown under an item's title: longer ones are articles, not posts. */
export const SHORT_BODY = 280;

/**
 * A post's text from an item's title and body (plain text, or rich text from HTML): the title, followed by the body
 * only when it is short, since blog feeds carry whole articles; an untitled item (a microblog post) shows its body.
 */
export function itemText(title: string | undefined, body: string | TextToken[] | undefined): Pick<Post, 'text' | 'content'> {
  const plain = (typeof body === 'string' ? body : plainText(body ?? [])).trim();
  if (!plain || (title && plain.length > SHORT_BODY)) return { text: title ?? '' };
  if (typeof body !== 'object') return { text: title ? `${title}\n\n${plain}` : plain };
  const content: TextToken[] = title ? [...tokenize(`${title}\n\n`), ...body] : body;
  return { text: plainText(content), content };
}

/** The site as a `website` link labelled with its host, then the feed itself as an `rss` link. */
export function siteLinks(site: string | undefined, feed: string | undefined): SocialLink[] {
  const links: SocialLink[] = [];
  if (site) links.push({ network: 'website', label: hostOf(site), url: site });
  if (feed) links.push({ network: 'rss', label: 'RSS', url: feed });
  return links;
}

/** The host of a URL (`blog.example`), or the URL itself when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/**
 * A feed's older page (a JSON Feed's `next_url`, a paged feed's `rel="next"` link, RFC 5005), on the feed's own origin
 * only: followed without the reader doing more than press "Show more", it must not send them to a host the site owner
 * never chose.
 */
export function olderPage(next: string | undefined, baseUrl: string): string | undefined {
  return next && new URL(next).origin === new URL(baseUrl).origin && next !== baseUrl ? next : undefined;
}
