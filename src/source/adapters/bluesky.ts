// Bluesky: an app.bsky.feed.getAuthorFeed output, with the app.bsky.actor.getProfile output beside it when the
// profile loader fetched both (`{ profile, feed }`), or alone (`{ feed, cursor? }`) when an XRPC URL was the source.
import { FeedError } from '../../errors.js';
import { safeUrl } from '../../format/safe-url.js';
import { BLUESKY_APP as APP, DID, DOMAIN_NAME as HANDLE } from '../../networks.js';
import type { Author, Card, Feed, Media, Post, Quote, TextToken } from '../../types.js';
import type { Adapter } from './context.js';
import { asArray, asIsoDate, asPositiveNumber, asString, isRecord, resolveUrl } from './guards.js';
import { newestFirst, plainText } from './normalize.js';
import { boundRich, defined, readCounts } from './rich.js';

const POST_URI = /^at:\/\/(did:[a-z]+:[\w.:-]+)\/app\.bsky\.feed\.post\/([\w.:~-]+)$/;
const REPOST = 'app.bsky.feed.defs#reasonRepost';
const FACET = 'app.bsky.richtext.facet#';

/** The value's `key` when the value is a plain object. */
const at = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

/** Normalizes a Bluesky author feed; the author comes from `profile`, else from the feed's own posts. */
export const adaptBluesky: Adapter = (input, { baseUrl }): Feed => {
  const feed = at(input, 'feed');
  if (!Array.isArray(feed)) {
    throw new FeedError('invalid-shape', 'Expected a Bluesky author feed: {"feed": […]} (app.bsky.feed.getAuthorFeed).');
  }
  const bare = at(input, 'profile') === undefined;
  const profile = bare ? feedOwner(feed) : at(input, 'profile');
  const who = person(profile);
  if (!who) {
    throw new FeedError(
      'invalid-shape',
      bare
        ? 'Expected a post by the author in "feed", or a "profile" (app.bsky.actor.getProfile).'
        : 'Expected "profile" with a "handle" or "did" (app.bsky.actor.defs#profileViewDetailed).',
    );
  }
  if (signedInOnly(profile)) throw new FeedError('signed-in-only', 'The account is labelled !no-unauthenticated.');
  const author: Author = { ...who, avatar: resolveUrl(at(profile, 'avatar'), baseUrl), bio: asString(at(profile, 'description')) };
  const posts = newestFirst(feed.flatMap((item) => readPost(item, baseUrl) ?? []));
  // A page of the API (an older page "Show more" asked for) leads to the next; a profile's recipe says its own.
  return { author, links: [], posts, next: bare ? olderAuthorFeed(baseUrl, input) : undefined };
};

const AUTHOR_FEED = /\/xrpc\/app\.bsky\.feed\.getAuthorFeed$/;

/** The call of the page older than `output`, the author feed `call` answered: the same call from its `cursor`, if any. */
export function olderAuthorFeed(call: string, output: unknown): string | undefined {
  const next = new URL(call);
  const cursor = at(output, 'cursor');
  const feed = at(output, 'feed');
  // Bluesky gives no cursor past the oldest post; an empty page with one would be asked for again and again.
  if (typeof cursor !== 'string' || !cursor || !Array.isArray(feed) || !feed.length || !AUTHOR_FEED.test(next.pathname)) return undefined;
  next.searchParams.set('cursor', cursor);
  return next.href;
}

// Every original post of an author feed is the author's, and every repost in it was made by them.
function feedOwner(feed: unknown[]): unknown {
  const own = feed.find((item) => !isRepost(item) && person(at(at(item, 'post'), 'author')));
  return own ? at(at(own, 'post'), 'author') : feed.map((item) => at(at(item, 'reason'), 'by')).find((by) => person(by));
}

const isRepost = (item: unknown) => at(at(item, 'reason'), '$type') === REPOST;

/** Name, `@handle` and profile page of a profile view; bsky.app shows `handle.invalid` accounts by DID. */
function person(view: unknown): { name: string; handle?: string; url: string } | undefined {
  const handle = asString(at(view, 'handle'));
  const valid = handle && HANDLE.test(handle) && handle !== 'handle.invalid' ? handle : undefined;
  const did = asString(at(view, 'did'));
  const actor = valid ?? (did && DID.test(did) ? did : undefined);
  return actor ? { name: asString(at(view, 'displayName')) ?? actor, handle: valid && `@${valid}`, url: `${APP}profile/${actor}` } : undefined;
}

function readPost(item: unknown, baseUrl: string): Post | undefined {
  const post = at(item, 'post');
  const record = at(post, 'record');
  const text = at(record, 'text');
  const [uri, did, rkey] = POST_URI.exec(asString(at(post, 'uri')) ?? '') ?? [];
  const repostedAt = at(at(item, 'reason'), 'indexedAt');
  // A repost takes its place in the timeline when it was reposted, not when the original was written.
  const published = isRepost(item) ? asIsoDate(repostedAt) : asIsoDate(at(record, 'createdAt')) ?? asIsoDate(at(post, 'indexedAt'));
  const view = at(post, 'author');
  if (isRepost(item) && signedInOnly(view)) return undefined;
  const embed = at(post, 'embed');
  const media = readMedia(embed, baseUrl);
  const card = readCard(embed, baseUrl);
  const quote = readQuote(embed, baseUrl);
  // A post may be its embed alone: a link card, a quoted post, a video.
  if (!uri || !published || typeof text !== 'string' || (!text.trim() && !media.length && !card && !quote)) return undefined;
  const author = person(view) ?? person({ did });
  const content = richText(text, at(record, 'facets'));
  return {
    id: isRepost(item) ? `${uri}:repost:${String(repostedAt)}` : uri,
    url: author && `${author.url}/post/${rkey}`,
    text: content ? plainText(content) : text,
    content,
    published,
    repostOf: isRepost(item) && author ? defined({ ...author, avatar: resolveUrl(at(view, 'avatar'), baseUrl) }) : undefined,
    media,
    lang: asString(asArray(at(record, 'langs'))[0]),
    pinned: at(at(item, 'reason'), '$type') === 'app.bsky.feed.defs#reasonPin' || undefined,
    reply: isRecord(at(record, 'reply')) || undefined,
    ...boundRich(
      defined({
        card,
        quote,
        // Labels the network or the author put on the post or on the account that hide media in Bluesky's apps; a
        // quoted post's own labels hide its media.
        sensitive:
          (media.length > 0 && (hasAdultLabel(post) || hasAdultLabel(view))) ||
          (!!quote?.media.length && (hasAdultLabel(quotedRecord(embed)) || hasAdultLabel(at(quotedRecord(embed), 'author')))) ||
          undefined,
        counts: readCounts({ replies: at(post, 'replyCount'), reposts: at(post, 'repostCount'), likes: at(post, 'likeCount') }),
      }),
    ),
  };
}

// Bluesky's labels for media to hide until asked: adult content and graphic media.
const ADULT_LABELS = new Set(['porn', 'sexual', 'nudity', 'graphic-media', 'gore']);
const hasAdultLabel = (subject: unknown) => asArray(at(subject, 'labels')).some((label) => ADULT_LABELS.has(at(label, 'val') as string));

/**
 * An account that asks to be shown only to signed-in readers (Bluesky's logged-out visibility setting): Bluesky's
 * apps and its embeds show none of its posts to anyone else, and neither does the widget, whose readers are all
 * signed out. Its own feed is the `signed-in-only` error; its reposts and quotes in another's feed are left out.
 */
const signedInOnly = (view: unknown) => asArray(at(view, 'labels')).some((label) => at(label, 'val') === '!no-unauthenticated');

/** The media view of an embed, alone or beside a quoted post. */
const mediaView = (embed: unknown) => (at(embed, '$type') === 'app.bsky.embed.recordWithMedia#view' ? at(embed, 'media') : embed);

/** Images, or a video (its still, as the playlist is a stream), of an embed; width and height are the stated ratio. */
function readMedia(embed: unknown, baseUrl: string): Media[] {
  const view = mediaView(embed);
  const ratio = (item: unknown) => defined({ width: asPositiveNumber(at(at(item, 'aspectRatio'), 'width')), height: asPositiveNumber(at(at(item, 'aspectRatio'), 'height')) });
  const alt = (item: unknown) => asString(at(item, 'alt')) ?? '';
  if (at(view, '$type') === 'app.bsky.embed.video#view') {
    const url = resolveUrl(at(view, 'playlist'), baseUrl);
    return url ? [defined({ url, alt: alt(view), kind: 'video' as const, preview: resolveUrl(at(view, 'thumbnail'), baseUrl), ...ratio(view) })] : [];
  }
  if (at(view, '$type') !== 'app.bsky.embed.images#view') return [];
  return asArray(at(view, 'images')).flatMap((image) => {
    const url = resolveUrl(asString(at(image, 'fullsize')) ?? at(image, 'thumb'), baseUrl);
    return url ? [{ url, alt: alt(image), ...ratio(image) }] : [];
  });
}

/**
 * The link card of an external embed, alone or beside a quoted post; else that of a shared feed, list, starter pack or
 * labeler, which Bluesky embeds as a record and whose address, as a link's, is nowhere in the text. What an account
 * shares only with signed-in readers shows nothing.
 */
function readCard(embed: unknown, baseUrl: string): Card | undefined {
  const external = at(mediaView(embed), 'external');
  if (external !== undefined) {
    return cardOf(resolveUrl(at(external, 'uri'), baseUrl), at(external, 'title'), at(external, 'description'), at(external, 'thumb'), baseUrl);
  }
  const view = quotedRecord(embed);
  const [, did, kind, rkey] = SHARED.exec(asString(at(view, 'uri')) ?? '') ?? [];
  const creator = at(view, 'creator');
  // A labeler is its account (name, bio, picture); a starter pack's name and description are in its own record.
  const about = kind === 'labeler.service' ? creator : view;
  const record = at(view, 'record');
  return did && !signedInOnly(creator)
    ? cardOf(
        SHARED_PAGES[kind](did, rkey),
        at(about, 'displayName') ?? at(about, 'name') ?? at(record, 'name') ?? at(about, 'handle'),
        at(about, 'description') ?? at(record, 'description'),
        at(about, 'avatar'),
        baseUrl,
      )
    : undefined;
}

// What a post may share besides a post: a feed, a list, a starter pack, a labeler, each with its page on bsky.app.
const SHARED = /^at:\/\/(did:[a-z]+:[\w.:-]+)\/app\.bsky\.(feed\.generator|graph\.list|graph\.starterpack|labeler\.service)\/([\w.:~-]+)$/;
const SHARED_PAGES: Record<string, (did: string, rkey: string) => string> = {
  'feed.generator': (did, rkey) => `${APP}profile/${did}/feed/${rkey}`,
  'graph.list': (did, rkey) => `${APP}profile/${did}/lists/${rkey}`,
  'graph.starterpack': (did, rkey) => `${APP}starter-pack/${did}/${rkey}`,
  'labeler.service': (did) => `${APP}profile/${did}`,
};

/** A card from its parts, when its address is one. */
function cardOf(url: string | undefined, title: unknown, description: unknown, thumb: unknown, baseUrl: string): Card | undefined {
  const image = resolveUrl(thumb, baseUrl);
  return url
    ? defined({ url, title: asString(title)?.trim(), description: asString(description)?.trim(), image: image ? { url: image, alt: '' } : undefined })
    : undefined;
}

/** The record view a record embed holds, alone or beside media. */
function quotedRecord(embed: unknown): unknown {
  const type = at(embed, '$type');
  return type === 'app.bsky.embed.record#view' ? at(embed, 'record') : type === 'app.bsky.embed.recordWithMedia#view' ? at(at(embed, 'record'), 'record') : undefined;
}

/**
 * The post a record embed quotes (alone, or with media beside it); a quoted post that is gone or blocked, or whose
 * author asks to be shown only to signed-in readers, shows nothing.
 */
function readQuote(embed: unknown, baseUrl: string): Quote | undefined {
  const record = quotedRecord(embed);
  if (at(record, '$type') !== 'app.bsky.embed.record#viewRecord' || signedInOnly(at(record, 'author'))) return undefined;
  const value = at(record, 'value');
  const text = asString(at(value, 'text')) ?? '';
  const [, did, rkey] = POST_URI.exec(asString(at(record, 'uri')) ?? '') ?? [];
  const view = at(record, 'author');
  const author = person(view) ?? (did ? person({ did }) : undefined);
  const media = asArray(at(record, 'embeds')).flatMap((inner) => readMedia(inner, baseUrl));
  if (!text.trim() && !media.length) return undefined;
  const content = richText(text, at(value, 'facets'));
  return defined({
    url: author && rkey ? `${author.url}/post/${rkey}` : undefined,
    text: content ? plainText(content) : text,
    content,
    published: asIsoDate(at(value, 'createdAt')),
    author: author && defined({ ...author, avatar: resolveUrl(at(view, 'avatar'), baseUrl) }),
    media,
  });
}

/**
 * The text cut at its facets, or undefined when no facet applies. Facet offsets count UTF-8 bytes, so the cuts
 * are made in the encoded text; a facet out of range, overlapping an earlier one or cutting a character is ignored.
 */
function richText(text: string, facets: unknown): TextToken[] | undefined {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const slice = (start: number, end = bytes.length) => decoder.decode(bytes.subarray(start, end));
  // An offset on a continuation byte (10xxxxxx) would cut a character in two; the end of the text is a boundary.
  const boundary = (offset: unknown): offset is number =>
    typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= bytes.length && (bytes[offset] & 0xc0) !== 0x80;
  const spans = asArray(facets).flatMap((facet) => {
    const start = at(at(facet, 'index'), 'byteStart');
    const end = at(at(facet, 'index'), 'byteEnd');
    return boundary(start) && boundary(end) && start < end ? [{ start, end, features: asArray(at(facet, 'features')) }] : [];
  });
  const tokens: TextToken[] = [];
  let done = 0;
  for (const { start, end, features } of spans.sort((a, b) => a.start - b.start)) {
    const token = start < done ? undefined : features.map((feature) => readFeature(feature, slice(start, end))).find(Boolean);
    if (!token) continue;
    if (start > done) tokens.push({ kind: 'text', text: slice(done, start) });
    tokens.push(token);
    done = end;
  }
  if (done < bytes.length && tokens.length) tokens.push({ kind: 'text', text: slice(done) });
  return tokens.length ? tokens : undefined;
}

function readFeature(feature: unknown, text: string): TextToken | undefined {
  const type = at(feature, '$type');
  const href = safeUrl(at(feature, 'uri'));
  const did = asString(at(feature, 'did'));
  const tag = asString(at(feature, 'tag'));
  if (type === `${FACET}link`) return href ? { kind: 'url', text, href } : undefined;
  if (type === `${FACET}mention`) {
    return did && DID.test(did) ? { kind: 'mention', text, handle: text.replace(/^@/, ''), href: `${APP}profile/${did}` } : undefined;
  }
  return type === `${FACET}tag` && tag ? { kind: 'hashtag', text, tag, href: `${APP}hashtag/${encodeURIComponent(tag)}` } : undefined;
}
