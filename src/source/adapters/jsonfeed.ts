// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): the feed's author, or else its title, is the author.
import { FeedError } from '../../errors.js';
import { htmlToTokens } from '../../format/html-text.js';
import type { Media, Post } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { asArray, asIsoDate, asString, isRecord, resolveUrl } from './guards.js';
import { newestFirst } from './normalize.js';
import { detectJsonFeed } from './detect.js';
import { hostOf, itemText, siteLinks } from './syndication.js';

/** Normalizes a JSON Feed: its first author (1.1 `authors`, 1.0 `author`), its site and feed links, and its items. */
export const adaptJsonFeed: Adapter = (input, context) => {
  const { baseUrl } = context;
  if (!isRecord(input) || !detectJsonFeed(input)) {
    throw new FeedError('invalid-shape', 'Expected a JSON Feed: an object whose "version" is "https://jsonfeed.org/version/1.1".');
  }
  if (!Array.isArray(input.items)) throw new FeedError('invalid-shape', 'Expected "items" to be an array.');
  const author = [...asArray(input.authors), input.author].find(isRecord) ?? {};
  const home = resolveUrl(input.home_page_url, baseUrl);
  const lang = asString(input.language);
  return {
    author: {
      name: asString(author.name)?.trim() ?? asString(input.title)?.trim() ?? hostOf(home ?? baseUrl),
      url: resolveUrl(author.url, baseUrl) ?? home,
      avatar: [author.avatar, input.icon, input.favicon].map((url) => resolveUrl(url, baseUrl)).find(Boolean),
      bio: asString(input.description)?.trim(),
    },
    links: siteLinks(home, resolveUrl(input.feed_url, baseUrl) ?? baseUrl),
    posts: newestFirst(input.items.flatMap((item) => readItem(item, lang, context) ?? [])),
  };
};

function readItem(item: unknown, lang: string | undefined, context: AdaptContext): Post | undefined {
  if (!isRecord(item)) return undefined;
  const id = typeof item.id === 'number' ? String(item.id) : asString(item.id);
  const published = asIsoDate(item.date_published) ?? asIsoDate(item.date_modified);
  if (id === undefined || !published) return undefined;
  const { baseUrl } = context;
  const title = asString(item.title)?.replace(/\s+/g, ' ').trim();
  const summary = asString(item.summary);
  const html = asString(item.content_html);
  // Under a title, the summary is the short text meant for it; the content is read only when it may be shown.
  const body = title && summary ? summary : html ? htmlToTokens(html, context, baseUrl) : (asString(item.content_text) ?? summary);
  const media = new Map<string, Media>();
  for (const image of [{ url: item.image, mime_type: 'image/' }, ...asArray(item.attachments)]) {
    const url = isRecord(image) && /^image\//i.test(asString(image.mime_type) ?? '') ? resolveUrl(image.url, baseUrl) : undefined;
    if (url && !media.has(url)) media.set(url, { url, alt: title ?? summary?.trim() ?? '' });
  }
  const post: Post = {
    id,
    url: resolveUrl(item.url, baseUrl) ?? resolveUrl(item.external_url, baseUrl),
    ...itemText(title, body),
    published,
    media: [...media.values()],
    lang: asString(item.language) ?? lang,
  };
  return post.text || post.media.length ? post : undefined;
}
