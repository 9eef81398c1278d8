// The widget's own endpoint format (version 1), documented in schema/feed.schema.json.
import { FeedError } from '../../errors.js';
import type { Author, Feed, Media, Post, RepostOf, SocialLink } from '../../types.js';
import type { AdaptContext } from './context.js';
import { newestFirst } from './normalize.js';
import { asArray, asIsoDate, asPositiveNumber, asString, isRecord, resolveUrl } from './guards.js';

/** True when the value looks like a native feed. */
export function isNativeFeed(json: unknown): boolean {
  return isRecord(json) && json.version === 1 && isRecord(json.author);
}

/** Normalizes a native feed; URLs are resolved against `baseUrl`. Throws `FeedError('invalid-shape')` when it is not one. */
export function adaptNative(json: unknown, { baseUrl }: AdaptContext): Feed {
  if (!isRecord(json) || json.version !== 1) {
    throw new FeedError('invalid-shape', 'Expected a native feed: an object with "version": 1.');
  }
  const author = isRecord(json.author) ? readAuthor(json.author, baseUrl) : undefined;
  if (!author) throw new FeedError('invalid-shape', 'Expected "author" with a "name".');
  if (json.posts !== undefined && !Array.isArray(json.posts)) {
    throw new FeedError('invalid-shape', 'Expected "posts" to be an array.');
  }
  const links = asArray(json.links).flatMap((link) => readLink(link, baseUrl) ?? []);
  return { author, links, posts: newestFirst(asArray(json.posts).flatMap((post) => readPost(post, baseUrl) ?? [])) };
}

function readAuthor(author: Record<string, unknown>, baseUrl: string): Author | undefined {
  const name = asString(author.name);
  return name === undefined
    ? undefined
    : {
        name,
        handle: asString(author.handle),
        url: resolveUrl(author.url, baseUrl),
        avatar: resolveUrl(author.avatar, baseUrl),
        bio: asString(author.bio),
      };
}

function readLink(link: unknown, baseUrl: string): SocialLink | undefined {
  if (!isRecord(link)) return undefined;
  const url = resolveUrl(link.url, baseUrl);
  const network = asString(link.network)?.toLowerCase() ?? 'website';
  return url === undefined ? undefined : { network, label: asString(link.label) ?? network, url, verified: link.verified === true || undefined };
}

function readRepost(repost: unknown, baseUrl: string): RepostOf | undefined {
  if (!isRecord(repost)) return undefined;
  const original = { name: asString(repost.name), handle: asString(repost.handle), url: resolveUrl(repost.url, baseUrl) };
  return original.name ?? original.handle ?? original.url ? original : undefined;
}

function readMedia(media: unknown, baseUrl: string): Media | undefined {
  if (!isRecord(media)) return undefined;
  const url = resolveUrl(media.url, baseUrl);
  return url === undefined
    ? undefined
    : {
        url,
        alt: typeof media.alt === 'string' ? media.alt : '',
        width: asPositiveNumber(media.width),
        height: asPositiveNumber(media.height),
      };
}

function readPost(post: unknown, baseUrl: string): Post | undefined {
  if (!isRecord(post)) return undefined;
  const published = asIsoDate(post.published);
  const text = typeof post.text === 'string' ? post.text : '';
  const url = resolveUrl(post.url, baseUrl);
  const media = asArray(post.media).flatMap((item) => readMedia(item, baseUrl) ?? []);
  // A post needs a date to be placed in time, and something to show.
  if (!published || (text.trim() === '' && media.length === 0)) return undefined;
  return {
    id: asString(post.id) ?? url ?? `${published.toISOString()} ${text}`,
    url,
    text,
    published,
    repostOf: readRepost(post.repostOf, baseUrl),
    media,
    lang: asString(post.lang),
    spoiler: asString(post.spoiler),
    pinned: post.pinned === true || undefined,
    reply: post.reply === true || undefined,
  };
}
