// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): the feed's author, or else its title, is the author.
// Publishers put HTML where the format wants text (titles, summaries, the description): it is read as HTML.
import { FeedError } from '../../errors.js';
import { htmlToTokens } from '../../format/html-text.js';
import type { Media, Post } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { asFeedDate } from './feed-date.js';
import { asArray, asPositiveNumber, asString, isRecord, resolveUrl } from './guards.js';
import { newestFirst, plainText } from './normalize.js';
import { detectJsonFeed } from './detect.js';
import { defined } from './rich.js';
import { hostOf, itemText, olderPage, siteLinks } from './syndication.js';
import { distinctIds, htmlOrText, kindOfType, lineOf } from './tolerant.js';

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
    next: olderPage(resolveUrl(input.next_url, baseUrl), baseUrl),
  };
};

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
  const media = readAttachments(item, title ?? summary?.trim() ?? '', context);
  const permalink = resolveUrl(item.url, baseUrl) ?? resolveUrl(item.external_url, baseUrl);
  const text = itemText(title, body);
  const post: Post = {
    id: id ?? permalink ?? `${published?.toISOString() ?? ''} ${text.text}`,
    url: permalink,
    ...text,
    published,
    media,
    lang: asString(item.language) ?? lang,
  };
  return post.text || post.media.length ? post : undefined;
}

/**
 * An item's `image` and its attachments that are images, videos or sounds (by `mime_type`), each once, named by its
 * `title` else the item's, timed by `duration_in_seconds`. Attachments sharing a title are one thing in several files
 * (an MP3 and an M4A of an episode): the first the widget can show stands for them. The item's `image` is the still of
 * its video when it has one.
 */
function readAttachments(item: Record<string, unknown>, name: string, context: AdaptContext): Media[] {
  const { baseUrl } = context;
  const attachments = asArray(item.attachments).filter(isRecord);
  const hasVideo = attachments.some((attachment) => kindOfType(asString(attachment.mime_type)) === 'video');
  const image = resolveUrl(item.image, baseUrl);
  const media = new Map<string, Media>();
  const titles = new Set<string>();
  for (const attachment of hasVideo ? attachments : [{ url: image, mime_type: 'image/' }, ...attachments]) {
    const kind = kindOfType(asString(attachment.mime_type));
    const url = kind && resolveUrl(attachment.url, baseUrl);
    const title = asString(attachment.title);
    if (!url || media.has(url) || (title && titles.has(title))) continue;
    if (title) titles.add(title);
    media.set(
      url,
      defined({
        url,
        alt: lineOf(title, context) ?? name,
        kind: kind === 'image' ? undefined : kind,
        preview: kind === 'video' ? image : undefined,
        duration: kind === 'image' ? undefined : asPositiveNumber(attachment.duration_in_seconds),
      }),
    );
  }
  return [...media.values()];
}
