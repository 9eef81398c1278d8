// The widget's own endpoint format (version 1), documented in schema/feed.schema.json.
import { FeedError } from '../../errors.js';
import type { Author, Feed, Media, Post, RepostOf, SocialLink } from '../../types.js';
import type { AdaptContext } from './context.js';
import { newestFirst } from './normalize.js';
import { asArray, asIsoDate, asPositiveNumber, asString, isRecord, resolveUrl } from './guards.js';

/** The reader of the fields beyond text and images (rich.ts), loaded only for a feed that has them. */
export type RichReader = Pick<typeof import('./rich.js'), 'richNative'>;

// Post fields whose reader is a file of its own.
const RICH = ['card', 'quote', 'poll', 'counts', 'sensitive'];

/** True when some post of a native feed carries a card, quote, poll, counts, sensitive media, or a video or sound. */
export function hasRichFields(json: unknown): boolean {
  return (
    isRecord(json) &&
    asArray(json.posts).some(
      (post) =>
        isRecord(post) &&
        (RICH.some((field) => post[field] !== undefined) ||
          (isRecord(post.repostOf) && post.repostOf.avatar !== undefined) ||
          asArray(post.media).some((media) => isRecord(media) && (media.kind !== undefined || media.preview !== undefined))),
    )
  );
}

/** True when the value looks like a native feed. */
export function isNativeFeed(json: unknown): boolean {
  return isRecord(json) && json.version === 1 && isRecord(json.author);
}

/**
 * Normalizes a native feed; URLs are resolved against `baseUrl`. With `rich` (for a feed that `hasRichFields`), its
 * posts' cards, quotes, polls, media kinds and counts are read too. Throws `FeedError('invalid-shape')`.
 */
export function adaptNative(json: unknown, { baseUrl }: AdaptContext, rich?: RichReader): Feed {
  if (!isRecord(json) || json.version !== 1) {
    throw new FeedError('invalid-shape', 'Expected a native feed: an object with "version": 1.');
  }
  const author = isRecord(json.author) ? readAuthor(json.author, baseUrl) : undefined;
  if (!author) throw new FeedError('invalid-shape', 'Expected "author" with a "name".');
  if (json.posts !== undefined && !Array.isArray(json.posts)) {
    throw new FeedError('invalid-shape', 'Expected "posts" to be an array.');
  }
  const links = asArray(json.links).flatMap((link) => readLink(link, baseUrl) ?? []);
  return { author, links, posts: newestFirst(asArray(json.posts).flatMap((post) => readPost(post, baseUrl, rich) ?? [])) };
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
  const [width, height] = [asPositiveNumber(media.width), asPositiveNumber(media.height)];
  return url === undefined ? undefined : { url, alt: typeof media.alt === 'string' ? media.alt : '', ...(width && { width }), ...(height && { height }) };
}

function readPost(post: unknown, baseUrl: string, rich: RichReader | undefined): Post | undefined {
  if (!isRecord(post)) return undefined;
  const published = asIsoDate(post.published);
  const text = typeof post.text === 'string' ? post.text : '';
  const url = resolveUrl(post.url, baseUrl);
  const media = asArray(post.media).flatMap((item) => readMedia(item, baseUrl) ?? []);
  // A post needs a date to be placed in time, and something to show.
  if (!published || (text.trim() === '' && media.length === 0)) return undefined;
  const repostOf = readRepost(post.repostOf, baseUrl);
  return {
    id: asString(post.id) ?? url ?? `${published.toISOString()} ${text}`,
    url,
    text,
    published,
    repostOf,
    media,
    lang: asString(post.lang),
    spoiler: asString(post.spoiler),
    pinned: post.pinned === true || undefined,
    reply: post.reply === true || undefined,
    // What real posts carry besides text and images, each only when the feed has it.
    ...rich?.richNative(post, baseUrl, repostOf),
  };
}
