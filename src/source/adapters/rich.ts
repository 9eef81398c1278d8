// What real posts carry besides text and images, read the same way for every format and bounded like the rest of a
// feed: link cards, quoted posts, media kinds, polls, counts. A file of its own, loaded with the adapters that
// produce them, and for a native feed only when its posts have any. Only shapes are checked here; URLs' schemes are
// checked when they are shown.
import { clip, clipTokens, MAX_TEXT } from '../../format/clip.js';
import type { Card, Counts, Image, Media, Poll, Post, Quote, RepostOf } from '../../types.js';
import { boundMedia, name } from './bounds.js';
import { asArray, asIsoDate, asPositiveNumber, asString, isRecord, resolveUrl } from './guards.js';

const MAX_OPTIONS = 10;

const KINDS = new Set(['image', 'video', 'gifv', 'audio']);

/** A whole number of zero or more, else undefined. */
export const asCount = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

/** `value` without its undefined fields: adapters add a field only when the source has it. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** An image: its URL, alternative text and declared size. */
export function readImage(image: unknown, baseUrl: string): Image | undefined {
  if (!isRecord(image)) return undefined;
  const url = resolveUrl(image.url, baseUrl);
  return url === undefined ? undefined : defined({ url, alt: asString(image.alt) ?? '', width: asPositiveNumber(image.width), height: asPositiveNumber(image.height) });
}

/** An attachment in the native shape: `kind` (image when absent), the still of a video, its duration. */
export function readMedia(media: unknown, baseUrl: string): Media | undefined {
  const image = readImage(media, baseUrl);
  if (!image || !isRecord(media)) return undefined;
  const kind = KINDS.has(media.kind as string) && media.kind !== 'image' ? (media.kind as Media['kind']) : undefined;
  return defined({ ...image, alt: typeof media.alt === 'string' ? media.alt : '', kind, preview: resolveUrl(media.preview, baseUrl), duration: asPositiveNumber(media.duration) });
}

/** A link card in the native shape. */
export function readCard(card: unknown, baseUrl: string): Card | undefined {
  if (!isRecord(card)) return undefined;
  const url = resolveUrl(card.url, baseUrl);
  return url === undefined
    ? undefined
    : defined({ url, title: asString(card.title)?.trim(), description: asString(card.description)?.trim(), image: readImage(card.image, baseUrl) });
}

/** A poll in the native shape: at least one option with a title. */
export function readPoll(poll: unknown): Poll | undefined {
  if (!isRecord(poll)) return undefined;
  const options = asArray(poll.options).flatMap((option) => {
    const title = isRecord(option) ? asString(option.title) : undefined;
    return title ? [defined({ title, votes: asCount((option as Record<string, unknown>).votes) })] : [];
  });
  return options.length
    ? defined({ options, votes: asCount(poll.votes), closesAt: asIsoDate(poll.closesAt), closed: poll.closed === true || undefined })
    : undefined;
}

/** Replies, reposts and likes, when the source counts them. */
export function readCounts(counts: unknown): Counts | undefined {
  if (!isRecord(counts)) return undefined;
  const read = defined({ replies: asCount(counts.replies), reposts: asCount(counts.reposts), likes: asCount(counts.likes) });
  return Object.keys(read).length ? read : undefined;
}

/** A quoted post in the native shape: text or media at least. */
export function readQuote(quote: unknown, baseUrl: string): Quote | undefined {
  if (!isRecord(quote)) return undefined;
  const text = typeof quote.text === 'string' ? quote.text : '';
  const media = asArray(quote.media).flatMap((item) => readMedia(item, baseUrl) ?? []);
  if (!text.trim() && !media.length) return undefined;
  const author = isRecord(quote.author)
    ? defined({
        name: asString(quote.author.name),
        handle: asString(quote.author.handle),
        url: resolveUrl(quote.author.url, baseUrl),
        avatar: resolveUrl(quote.author.avatar, baseUrl),
      })
    : undefined;
  return defined({ url: resolveUrl(quote.url, baseUrl), text, published: asIsoDate(quote.published), author: author && Object.keys(author).length ? author : undefined, media });
}

/** The rich fields of a native post, each only when the post has it, bounded. */
export function richNative(post: Record<string, unknown>, baseUrl: string, repostOf: RepostOf | undefined): Partial<Post> {
  const avatar = isRecord(post.repostOf) ? resolveUrl(post.repostOf.avatar, baseUrl) : undefined;
  return boundRich(
    defined({
      media: asArray(post.media).flatMap((item) => readMedia(item, baseUrl) ?? []),
      repostOf: repostOf && avatar ? { ...repostOf, avatar } : undefined,
      card: readCard(post.card, baseUrl),
      quote: readQuote(post.quote, baseUrl),
      poll: readPoll(post.poll),
      sensitive: post.sensitive === true || undefined,
      counts: readCounts(post.counts),
    }),
  );
}

/** `post` with its card, quote and poll within the caps every other field has (bounds.ts). */
export function boundRich<T extends Partial<Post>>(post: T): T {
  const bounded = { ...post };
  const { card, quote, poll } = post;
  if (card) {
    bounded.card = { ...card };
    if (card.title !== undefined) bounded.card.title = name(card.title);
    if (card.description !== undefined) bounded.card.description = clip(card.description, MAX_TEXT);
    if (card.image) bounded.card.image = { ...card.image, alt: clip(card.image.alt, MAX_TEXT) };
  }
  if (quote) {
    bounded.quote = { ...quote, text: clip(quote.text, MAX_TEXT), media: boundMedia(quote.media) };
    if (quote.content) bounded.quote.content = clipTokens(quote.content);
    if (quote.author) {
      bounded.quote.author = { ...quote.author };
      if (quote.author.name !== undefined) bounded.quote.author.name = name(quote.author.name);
      if (quote.author.handle !== undefined) bounded.quote.author.handle = name(quote.author.handle);
    }
  }
  if (poll) bounded.poll = { ...poll, options: poll.options.slice(0, MAX_OPTIONS).map((option) => ({ ...option, title: name(option.title) })) };
  return bounded;
}
