// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): the feed's author, or else its title, is the author.
// Publishers put HTML where the format wants text (titles, summaries, the description): it is read as HTML.
import { FeedError } from '../../errors.js';
import { htmlToTokens } from '../../format/html-text.js';
import type { Media, Post } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { asFeedDate } from './feed-date.js';
import { asArray, asString, isRecord, resolveUrl } from './guards.js';
import { newestFirst, plainText } from './normalize.js';
import { detectJsonFeed } from './detect.js';
import { hostOf, itemText, siteLinks } from './syndication.js';
import { distinctIds, htmlOrText, lineOf } from './tolerant.js';

/** Normalizes a JSON Feed: its first author (1.1 `authors`, 1.0 `author`), its site and feed links, and its items. */
export const adaptJsonFeed: Adapter = (input, context) => {
  const { baseUrl } = context;
  if (!isRecord(input) || !detectJsonFeed(input)) {
    throw new FeedError(
      'invalid-shape',
      'Expected a JSON Feed: an object whose "version" is a JSON Feed version URL, "https://jsonfeed.org/version/1.1" or "https://jsonfeed.org/version/1".',
    );
  }
  if (!Array.isArray(input.items)) throw new FeedError('invalid-shape', 'Expected "items" to be an array.');
  const author = [...asArray(input.authors), input.author].find(isRecord) ?? {};
  const home = resolveUrl(input.home_page_url, baseUrl);
  const lang = asString(input.language);
  const bio = itemText(undefined, htmlOrText(asString(input.description), context));
  return {
    author: {
      name: lineOf(asString(author.name), context) ?? lineOf(asString(input.title), context) ?? hostOf(home ?? baseUrl),
      url: resolveUrl(author.url, baseUrl) ?? home,
      avatar: [author.avatar, input.icon, input.favicon].map((url) => resolveUrl(url, baseUrl)).find(Boolean),
      bio: bio.text || undefined,
      ...(bio.content && { bioContent: bio.content }),
    },
    links: siteLinks(home, resolveUrl(input.feed_url, baseUrl) ?? baseUrl),
    posts: newestFirst(distinctIds(input.items.flatMap((item) => readItem(item, lang, context) ?? []))),
    next: olderPage(input.next_url, baseUrl),
  };
};

/**
 * The feed's `next_url`, its older items, on the feed's own origin only: followed without the reader doing more than
 * press "Show more", it must not send them to a host the site owner never chose.
 */
function olderPage(nextUrl: unknown, baseUrl: string): string | undefined {
  const next = resolveUrl(nextUrl, baseUrl);
  return next && new URL(next).origin === new URL(baseUrl, document.baseURI).origin && next !== baseUrl ? next : undefined;
}

function readItem(item: unknown, lang: string | undefined, context: AdaptContext): Post | undefined {
  if (!isRecord(item)) return undefined;
  // An id of the wrong type marks a broken item; a missing one (jsonfeed_elastic_1.1.json) is made below, as for RSS.
  const id = item.id == null ? null : typeof item.id === 'number' ? String(item.id) : asString(item.id);
  // Dates are optional in JSON Feed: an item without a readable one is kept, undated.
  const published = asFeedDate(item.date_published) ?? asFeedDate(item.date_modified);
  if (id === undefined) return undefined;
  const { baseUrl } = context;
  const title = lineOf(asString(item.title), context);
  const summaryText = htmlOrText(asString(item.summary), context);
  const summary = typeof summaryText === 'object' ? plainText(summaryText) : summaryText;
  const html = asString(item.content_html);
  // Under a title, the summary is the short text meant for it; the content is read only when it may be shown.
  const body = title && summary?.trim() ? summaryText : html ? htmlToTokens(html, context, baseUrl) : (asString(item.content_text) ?? summaryText);
  const media = new Map<string, Media>();
  for (const image of [{ url: item.image, mime_type: 'image/' }, ...asArray(item.attachments)]) {
    const url = isRecord(image) && /^image\//i.test(asString(image.mime_type) ?? '') ? resolveUrl(image.url, baseUrl) : undefined;
    if (url && !media.has(url)) media.set(url, { url, alt: title ?? summary?.trim() ?? '' });
  }
  const permalink = resolveUrl(item.url, baseUrl) ?? resolveUrl(item.external_url, baseUrl);
  const text = itemText(title, body);
  const post: Post = {
    id: id ?? permalink ?? `${published?.toISOString() ?? ''} ${text.text}`,
    url: permalink,
    ...text,
    published,
    media: [...media.values()],
    lang: asString(item.language) ?? lang,
  };
  return post.text || post.media.length ? post : undefined;
}
