// Mastodon's public API: an account with its statuses (what a profile URL loads), or a bare list of statuses (an API URL).
import { siteNetwork } from '../../networks.js';
import { FeedError } from '../../errors.js';
import { htmlToTokens, replaceEmoji, type CustomEmoji } from '../../format/html-text.js';
import { safeImageUrl, safeUrl } from '../../format/safe-url.js';
import type { Author, Card, Feed, Media, Poll, Post, Quote, SocialLink } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { asArray, asIsoDate, asPositiveNumber, asString, isRecord } from './guards.js';
import { asCount, boundRich, defined, readCounts } from './rich.js';
import { newestFirst, plainText } from './normalize.js';

type Json = Record<string, unknown>;

/** Normalizes `{ account, statuses, pinned? }` or a bare `Status[]` (authored by its first status's account). */
export const adaptMastodon: Adapter = (input, context): Feed => {
  const statuses = Array.isArray(input) ? input : isRecord(input) && Array.isArray(input.statuses) ? input.statuses : undefined;
  const account = isRecord(input) ? input.account : statuses?.find(isRecord)?.account;
  if (!statuses || !isRecord(account)) {
    throw new FeedError('invalid-shape', 'Expected Mastodon statuses: a Status array, or {"account": Account, "statuses": [Status]}.');
  }
  const author = readAuthor(account, context);
  if (!author) throw new FeedError('invalid-shape', 'Expected the Mastodon account to have a "username" or "display_name".');
  const pinned = isRecord(input) ? asArray(input.pinned) : [];
  // Pinned statuses come first so that, being also among the latest, their pinned copy is the one kept.
  const posts = [...pinned, ...statuses].flatMap((status, index) => readPost(status, context, index < pinned.length) ?? []);
  return {
    author,
    links: asArray(account.fields).flatMap((field) => readField(field, context) ?? []),
    posts: newestFirst(posts),
    // A page of the API (an older page "Show more" asked for) leads to the next; a profile's recipe says its own.
    next: Array.isArray(input) ? olderStatuses(context.baseUrl, input) : undefined,
  };
};

// An account's statuses in Mastodon's API.
const STATUSES = /^\/api\/v1\/accounts\/[\w-]+\/statuses$/;

/**
 * The call of the page older than `page`, the statuses `call` answered: the same call with `max_id` at its last
 * status, when the page was full (Mastodon answers fewer than `limit`, 20 by default, only at the end).
 */
export function olderStatuses(call: string, page: unknown[]): string | undefined {
  const next = new URL(call);
  const last: unknown = page.at(-1);
  // An id goes into the query: only what Mastodon's ids are made of.
  const id = isRecord(last) && typeof last.id === 'string' && /^[\w-]+$/.test(last.id) ? last.id : undefined;
  if (!id || !STATUSES.test(next.pathname) || page.length < Number(next.searchParams.get('limit') ?? 20)) return undefined;
  next.searchParams.set('max_id', id);
  return next.href;
}

/**
 * Name, full handle (`@user@host`, as readers on other instances need it) and profile URL of an account. The name is
 * what a screen reader should say: its custom emoji's `:shortcode:`s are left out (`nameContent` shows them).
 */
function readIdentity(account: Json, { baseUrl }: AdaptContext) {
  const username = asString(account.username);
  const acct = asString(account.acct) ?? username;
  const url = safeUrl(account.url, baseUrl);
  // A local account's `acct` has no host: the instance is the profile page's.
  const host = url && !acct?.includes('@') ? new URL(url).hostname : '';
  const displayName = asString(account.display_name);
  const nameContent = displayName ? replaceEmoji([{ kind: 'text', text: displayName }], readEmojis(account.emojis, baseUrl)) : [];
  const spoken = plainText(nameContent.filter((token) => token.kind === 'text')).replace(/\s+/g, ' ').trim();
  return { name: spoken || username, nameContent, handle: acct && `@${acct}${host && `@${host}`}`, url };
}

function readAuthor(account: Json, context: AdaptContext): Author | undefined {
  const { name, nameContent, handle, url } = readIdentity(account, context);
  if (name === undefined) return undefined;
  const emojis = readEmojis(account.emojis, context.baseUrl);
  const bioContent = readHtml(account.note, emojis, context);
  return {
    name,
    nameContent: nameContent.some((token) => token.kind === 'emoji') ? nameContent : undefined,
    handle,
    url,
    avatar: safeImageUrl(account.avatar, context.baseUrl),
    bio: bioContent && plainText(bioContent),
    bioContent,
  };
}

/** A profile field whose value holds a link: its name labels it; a mention links to another fediverse profile. */
function readField(field: unknown, context: AdaptContext): SocialLink | undefined {
  if (!isRecord(field)) return undefined;
  const label = asString(field.name);
  const link = readHtml(field.value, [], context)?.find((token) => token.kind === 'url' || token.kind === 'mention');
  const url = link && 'href' in link ? link.href : undefined;
  if (!label || !url) return undefined;
  const host = new URL(url).hostname;
  const network =
    link?.kind === 'mention' ? 'mastodon' : siteNetwork(host);
  return { network, label, url, verified: field.verified_at != null };
}

function readPost(status: unknown, context: AdaptContext, pinned: boolean): Post | undefined {
  if (!isRecord(status)) return undefined;
  const id = asString(status.id);
  const published = asIsoDate(status.created_at);
  // A boost shows the boosted status, under the boost's own id and date.
  const shown = isRecord(status.reblog) ? status.reblog : status;
  const quoted = readQuote(shown.quote, context);
  // Mastodon puts "RE: <link>" in a quoting status for apps that cannot show quotes; the quote shown replaces it.
  const content = readHtml(shown.content, readEmojis(shown.emojis, context.baseUrl), context, quoted && 'quote-inline') ?? [];
  const media = readAttachments(shown, context.baseUrl);
  if (!id || !published || (content.length === 0 && media.length === 0 && !quoted)) return undefined;
  return {
    id,
    url: safeUrl(shown.url ?? shown.uri, context.baseUrl),
    text: plainText(content),
    content,
    published,
    repostOf: shown !== status && isRecord(shown.account) ? repostOf(readIdentity(shown.account, context), shown.account, context.baseUrl) : undefined,
    media,
    lang: asString(shown.language),
    spoiler: asString(shown.spoiler_text),
    pinned: pinned || undefined,
    reply: status.in_reply_to_id != null,
    ...boundRich(
      defined({
        card: readCard(shown.card, context.baseUrl),
        quote: quoted?.quote,
        poll: readPoll(shown.poll),
        // Mastodon marks the media of a status sensitive, hidden behind "Sensitive content" in its own apps; a
        // quoted status's own mark hides its media.
        sensitive: (shown.sensitive === true && media.length > 0) || quoted?.sensitive,
        counts: readCounts({ replies: shown.replies_count, reposts: shown.reblogs_count, likes: shown.favourites_count }),
      }),
    ),
  };
}

/** A status's attachments that can show. */
const readAttachments = (status: Json, baseUrl: string) => asArray(status.media_attachments).flatMap((item) => readMedia(item, baseUrl) ?? []);

/**
 * The status a status quotes (Mastodon 4.5's `quote`), once its author accepted it, and whether its media are
 * sensitive; a quote pending, refused, revoked or deleted shows nothing (its "RE:" link stays in the text). A quoted
 * status behind a content warning shows the warning alone: its text and media are a click away, on its page. Its own
 * quote, which Mastodon gives only as an id, stays its "RE:" link.
 */
function readQuote(quote: unknown, context: AdaptContext): { quote: Quote; sensitive?: boolean } | undefined {
  const quoted = isRecord(quote) && quote.state === 'accepted' && isRecord(quote.quoted_status) ? quote.quoted_status : undefined;
  if (!quoted) return undefined;
  const { baseUrl } = context;
  const warning = asString(quoted.spoiler_text)?.trim();
  const content = warning ? [{ kind: 'text' as const, text: warning }] : (readHtml(quoted.content, readEmojis(quoted.emojis, baseUrl), context) ?? []);
  const media = warning ? [] : readAttachments(quoted, baseUrl);
  if (!content.length && !media.length) return undefined;
  return {
    quote: defined({
      url: safeUrl(quoted.url ?? quoted.uri, baseUrl),
      text: plainText(content),
      content,
      published: asIsoDate(quoted.created_at),
      author: isRecord(quoted.account) ? repostOf(readIdentity(quoted.account, context), quoted.account, baseUrl) : undefined,
      media,
    }),
    sensitive: (quoted.sensitive === true && media.length > 0) || undefined,
  };
}

const repostOf = ({ name, handle, url }: ReturnType<typeof readIdentity>, account: Json, baseUrl: string) =>
  defined({ name, handle, url, avatar: safeImageUrl(account.avatar, baseUrl) });

// Mastodon's attachment types, as the widget's media kinds: an image, a video, a looping silent video, a sound.
const KINDS: Record<string, Media['kind']> = { image: undefined, video: 'video', gifv: 'gifv', audio: 'audio' };

/** An attachment (image, video, GIF or sound) with its still, size and duration; unknown files have nothing to show. */
function readMedia(media: unknown, baseUrl: string): Media | undefined {
  if (!isRecord(media) || typeof media.type !== 'string' || !Object.hasOwn(KINDS, media.type)) return undefined;
  const url = safeImageUrl(media.url, baseUrl);
  if (!url) return undefined;
  const meta = isRecord(media.meta) ? media.meta : {};
  const size = [meta.original, meta.small].find((item): item is Json => isRecord(item) && !!asPositiveNumber(item.width) && !!asPositiveNumber(item.height));
  const original = isRecord(meta.original) ? meta.original : {};
  return defined({
    url,
    alt: typeof media.description === 'string' ? media.description : '',
    kind: KINDS[media.type],
    preview: media.type === 'image' ? undefined : safeImageUrl(media.preview_url, baseUrl),
    duration: asPositiveNumber(original.duration),
    width: asPositiveNumber(size?.width),
    height: asPositiveNumber(size?.height),
  });
}

/** A status's preview card: the page it links to, its title, description and image. */
function readCard(card: unknown, baseUrl: string): Card | undefined {
  if (!isRecord(card)) return undefined;
  const url = safeUrl(card.url, baseUrl);
  const image = safeImageUrl(card.image, baseUrl);
  return url
    ? defined({
        url,
        title: asString(card.title)?.trim(),
        description: asString(card.description)?.trim(),
        image: image
          ? defined({ url: image, alt: asString(card.image_description) ?? '', width: asPositiveNumber(card.width), height: asPositiveNumber(card.height) })
          : undefined,
      })
    : undefined;
}

/** A status's poll: each option's votes, out of the voters when several choices were allowed. */
function readPoll(poll: unknown): Poll | undefined {
  if (!isRecord(poll)) return undefined;
  const options = asArray(poll.options).flatMap((option) =>
    isRecord(option) && asString(option.title) ? [defined({ title: option.title as string, votes: asCount(option.votes_count) })] : [],
  );
  if (!options.length) return undefined;
  return defined({
    options,
    votes: asCount(poll.multiple === true ? poll.voters_count : poll.votes_count),
    closesAt: asIsoDate(poll.expires_at),
    closed: poll.expired === true || undefined,
  });
}

function readEmojis(emojis: unknown, baseUrl: string): CustomEmoji[] {
  return asArray(emojis).flatMap((emoji) => {
    const shortcode = isRecord(emoji) ? asString(emoji.shortcode) : undefined;
    const url = isRecord(emoji) ? safeImageUrl(emoji.url, baseUrl) : undefined;
    return shortcode && url ? [{ shortcode, url }] : [];
  });
}

/** Rich text of an HTML field with its custom emoji, or undefined when it is not a string or shows nothing. */
function readHtml(html: unknown, emojis: CustomEmoji[], context: AdaptContext, dropped?: string) {
  const tokens = typeof html === 'string' ? replaceEmoji(htmlToTokens(html, context, context.baseUrl, dropped), emojis) : [];
  return tokens.length ? tokens : undefined;
}
