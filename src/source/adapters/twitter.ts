// X API v2: the JSON of `GET /2/users/:id/tweets` (author, media, polls and referenced tweets expanded), as a site's
// own server-side proxy returns it. Entity offsets count Unicode code points in the HTML-escaped text.
import { FeedError } from '../../errors.js';
import { safeUrl } from '../../format/safe-url.js';
import type { Author, Card, Media, Post, Quote, SocialLink, TextToken } from '../../types.js';
import type { Adapter } from './context.js';
import { asArray, asIsoDate, asPositiveNumber, asString, isRecord, resolveUrl } from './guards.js';
import { newestFirst, plainText } from './normalize.js';
import { asCount, boundRich, defined, readCounts, readPoll } from './rich.js';

type Json = Record<string, unknown>;
interface Included {
  users: Json[];
  tweets: Json[];
  media: Json[];
  polls: Json[];
  author: Json;
  baseUrl: string;
}

const records = (value: unknown): Json[] => asArray(value).filter(isRecord);
// Never `Number()` or `String()` of feed data: an object such as `{"toString": 1}` makes both throw a TypeError.
const integer = (value: unknown) => (Number.isInteger(value) ? (value as number) : NaN);
const find = (list: Json[], key: string, value: unknown) =>
  value === undefined ? undefined : list.find((item) => item[key] === value);
const xUrl = (...path: string[]) => `https://x.com/${path.map(encodeURIComponent).join('/')}`;
// X escapes exactly these three in `text`; offsets count the escaped form, so each piece is decoded after the split.
const ESCAPED: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
const decode = (text: string) => text.replace(/&(amp|lt|gt);/g, (_, name: string) => ESCAPED[name]);
// A long post's `text` is its first 280 characters; the whole, with entities of its own, is its `note_tweet`.
const written = (tweet: Json): Json =>
  isRecord(tweet.note_tweet) && typeof tweet.note_tweet.text === 'string' ? tweet.note_tweet : tweet;

type Make = (entity: Json, text: string) => TextToken | undefined;
const makeUrl: Make = (entity, text) => {
  // An unsafe expansion falls back to the t.co link, which X itself serves.
  const href = safeUrl(entity.expanded_url) ?? safeUrl(entity.url);
  return href ? { kind: 'url', text: asString(entity.display_url) ?? text, href } : undefined;
};
/** Each kind of entity: where it is listed, how it becomes a token, and the text it stands on (`@name`, `#tag`, its t.co URL). */
const MAKERS: [string, Make, (entity: Json) => string | undefined][] = [
  ['urls', makeUrl, (entity) => asString(entity.url)],
  ['mentions', (entity, text) => {
    const handle = asString(entity.username);
    return handle ? { kind: 'mention', text, handle, href: xUrl(handle) } : undefined;
  }, (entity) => asString(entity.username) && `@${entity.username}`],
  ['hashtags', (entity, text) => {
    const tag = asString(entity.tag);
    return tag ? { kind: 'hashtag', text, tag, href: xUrl('hashtag', tag) } : undefined;
  }, (entity) => asString(entity.tag) && `#${entity.tag}`],
];

/** Normalizes an X API v2 user timeline: the author from `includes.users`, retweets as reposts of the original. */
export const adaptTwitter: Adapter = (input, { baseUrl }) => {
  const json = isRecord(input) ? input : {};
  const empty = json.data === undefined && isRecord(json.meta) && json.meta.result_count === 0;
  if (!Array.isArray(json.data) && !empty) {
    const [error] = records(json.errors);
    const { title, detail } = error ?? json;
    throw new FeedError(
      'invalid-shape',
      asString(title)
        ? `X API error: ${title}${asString(detail) ? ` (${detail})` : ''}.`
        : 'Expected an X API v2 timeline: {"data": [tweets], "includes": {"users": […]}}.',
    );
  }
  const includes = isRecord(json.includes) ? json.includes : {};
  const tweets = records(json.data);
  const users = records(includes.users);
  const user = find(users, 'id', tweets[0]?.author_id) ?? users[0];
  const author = user ? readAuthor(user, baseUrl) : undefined;
  if (!user || !author) throw new FeedError('invalid-shape', 'Expected the author in "includes.users" (expansions=author_id).');
  const context = { users, tweets: records(includes.tweets), media: records(includes.media), polls: records(includes.polls), author: user, baseUrl };
  return {
    author,
    links: readLinks(user, baseUrl),
    posts: newestFirst(tweets.flatMap((tweet) => readPost(tweet, context) ?? [])),
    next: olderTimeline(baseUrl, json.meta),
  };
};

/**
 * The older page, through the same proxy: its address with X's `meta.next_token` as `pagination_token`, the
 * parameter of the X API that the proxy passes on. A token is letters and digits; anything else ends the timeline.
 */
function olderTimeline(baseUrl: string, meta: unknown): string | undefined {
  const token = isRecord(meta) ? asString(meta.next_token) : undefined;
  if (!token || !/^\w{1,100}$/.test(token)) return undefined;
  const next = new URL(baseUrl);
  next.searchParams.set('pagination_token', token);
  return next.href;
}

function readAuthor(user: Json, baseUrl: string): Author | undefined {
  const username = asString(user.username);
  const name = asString(user.name) ?? username;
  if (name === undefined) return undefined;
  const description = asString(user.description);
  const bio = description === undefined ? undefined : rich(description, isRecord(user.entities) && user.entities.description);
  return {
    name,
    handle: username && `@${username}`,
    url: username && xUrl(username),
    avatar: avatarOf(user, baseUrl),
    bio: bio?.text,
    bioContent: bio?.content,
  };
}

function readLinks(user: Json, baseUrl: string): SocialLink[] {
  const [entity = {}] = records(isRecord(user.entities) && isRecord(user.entities.url) ? user.entities.url.urls : undefined);
  const url = resolveUrl(entity.expanded_url, baseUrl) ?? resolveUrl(user.url, baseUrl);
  return url ? [{ network: 'website', label: asString(entity.display_url) ?? url, url }] : [];
}

function readPost(tweet: Json, context: Included): Post | undefined {
  const { users, tweets, author, baseUrl } = context;
  const id = asString(tweet.id);
  const published = asIsoDate(tweet.created_at);
  const refs = records(tweet.referenced_tweets);
  const retweeted = asString(refs.find((ref) => ref.type === 'retweeted')?.id);
  const original = find(tweets, 'id', retweeted);
  const shown = original ?? tweet;
  const shownId = asString(original?.id) ?? retweeted ?? id;
  // A retweet's own text names the original author; it is all there is when the original is not included.
  const prefix = retweeted === undefined ? null : /^RT @(\w+): /.exec(asString(tweet.text) ?? '');
  const by = original
    ? find(users, 'id', original.author_id)
    : prefix
      ? users.find((other) => asString(other.username)?.toLowerCase() === prefix[1].toLowerCase())
      : (find(users, 'id', tweet.author_id) ?? author);
  const username = asString(by?.username) ?? prefix?.[1];
  const { images, isMediaLink } = mediaOf(mediaKeys(shown).length ? shown : tweet, shownId, context);
  const quotedId = asString(records(shown.referenced_tweets).find((ref) => ref.type === 'quoted')?.id);
  const quote = readQuote(find(tweets, 'id', quotedId), context);
  // A retweet whose original is missing has only its own text, "RT @name: " and the original's first characters.
  const words = original || !prefix ? written(shown) : shown;
  const card = images.length || quote ? undefined : readCard(words.entities, baseUrl);
  // The links X appends for the tweet's media, quoted tweet or card go when they show.
  const claimed = (entity: Json) =>
    isMediaLink(entity) ||
    (!!quote && /\/status\/(\d+)/.exec(asString(entity.expanded_url) ?? '')?.[1] === quotedId) ||
    entity === card?.entity;
  const body =
    typeof words.text === 'string' ? rich(words.text, words.entities, original || !prefix ? 0 : prefix[0].length, claimed) : { text: '' };
  const lang = asString(shown.lang) ?? asString(tweet.lang);
  const poll = readXPoll(shown, context.polls);
  if (!id || !published || !shownId || (body.text.trim() === '' && images.length === 0 && !quote && !card && !poll)) return undefined;
  const metrics = isRecord(shown.public_metrics) ? shown.public_metrics : {};
  return {
    id,
    url: xUrl(username ?? 'i', 'status', shownId),
    ...body,
    published,
    media: images,
    // `und` is undetermined; `zxx` and the private-use `qaa`–`qtz` codes mark posts of only media, links or hashtags.
    lang: lang && !/^(und|zxx|q[a-t][a-z])$/.test(lang) ? lang : undefined,
    reply: refs.some((ref) => ref.type === 'replied_to') || undefined,
    ...boundRich(
      defined({
        repostOf: retweeted === undefined ? undefined : personOf(by, username, baseUrl),
        card: card?.card,
        quote,
        poll,
        sensitive: shown.possibly_sensitive === true || tweet.possibly_sensitive === true || undefined,
        // The newer API reference calls retweets reposts.
        counts: readCounts({ replies: metrics.reply_count, reposts: metrics.retweet_count ?? metrics.repost_count, likes: metrics.like_count }),
      }),
    ),
  };
}

/** A quoted tweet, when the response includes it: its author, text, media and page. */
function readQuote(quoted: Json | undefined, context: Included): Quote | undefined {
  if (!quoted) return undefined;
  const { users, baseUrl } = context;
  const id = asString(quoted.id);
  const by = find(users, 'id', quoted.author_id);
  const username = asString(by?.username);
  const { images, isMediaLink } = mediaOf(quoted, id, context);
  const words = written(quoted);
  const body = typeof words.text === 'string' ? rich(words.text, words.entities, 0, isMediaLink) : { text: '' };
  if (!body.text.trim() && !images.length) return undefined;
  const quoteAuthor = by && personOf(by, username, baseUrl);
  return defined({
    url: id && username ? xUrl(username, 'status', id) : undefined,
    ...body,
    published: asIsoDate(quoted.created_at),
    author: quoteAuthor && Object.keys(quoteAuthor).length ? quoteAuthor : undefined,
    media: images,
  });
}

/** The poll a tweet attaches (`attachments.poll_ids`, expanded in `includes.polls`), its options in their order. */
function readXPoll(tweet: Json, polls: Json[]) {
  const [id] = asArray(isRecord(tweet.attachments) && tweet.attachments.poll_ids);
  const poll = find(polls, 'id', id);
  return poll && readPoll({
    options: records(poll.options)
      .sort((a, b) => (asCount(a.position) ?? 0) - (asCount(b.position) ?? 0))
      .map((option) => ({ title: option.label, votes: option.votes })),
    closesAt: poll.end_datetime,
    closed: poll.voting_status === 'closed',
  });
}

/**
 * The preview X made of a link (`entities.urls[]` with a `title`): the last such link, its unwound address, its
 * largest image. With the entity it came from, whose t.co link then goes from the text when it ends it.
 */
function readCard(entities: unknown, baseUrl: string): { card: Card; entity: Json } | undefined {
  const entity = records(isRecord(entities) ? entities.urls : undefined).findLast((url) => asString(url.title)?.trim());
  const url = entity && (resolveUrl(entity.unwound_url, baseUrl) ?? resolveUrl(entity.expanded_url, baseUrl));
  if (!entity || !url) return undefined;
  const area = (image: Json) => (asPositiveNumber(image.width) ?? 0) * (asPositiveNumber(image.height) ?? 0);
  const [largest] = records(entity.images).sort((a, b) => area(b) - area(a));
  const image = largest && resolveUrl(largest.url, baseUrl);
  return {
    card: defined({
      url,
      title: asString(entity.title)!.trim(),
      description: asString(entity.description)?.trim() || undefined,
      image: image ? defined({ url: image, alt: '', width: asPositiveNumber(largest.width), height: asPositiveNumber(largest.height) }) : undefined,
    }),
    entity,
  };
}

/**
 * The media of a tweet (of status `id`), and the test of the link X appends for them: it goes when they show; without
 * them it is the way to see them.
 */
function mediaOf(tweet: Json, id: string | undefined, { media, baseUrl }: Included) {
  const keys = mediaKeys(tweet);
  const images = keys.flatMap((key) => readMedia(find(media, 'media_key', key), baseUrl) ?? []);
  const isMediaLink = (entity: Json) =>
    images.length > 0 && (keys.includes(entity.media_key as string) || !!asString(entity.expanded_url)?.includes(`/status/${id}/`));
  return { images, isMediaLink };
}

function mediaKeys(tweet: Json): string[] {
  return asArray(isRecord(tweet.attachments) && tweet.attachments.media_keys).filter((key) => typeof key === 'string');
}

// The highest bit rate played inline: about 720p at X's rates, enough for a sidebar, not a download of the largest.
const MAX_BIT_RATE = 1_000_000;

/**
 * A photo; a video or GIF as its MP4 (the best at or under MAX_BIT_RATE, else the lightest) with its still, size and
 * length. A video without an MP4 (an HLS playlist only) shows its still, linking to the tweet.
 */
function readMedia(item: Json | undefined, baseUrl: string): Media | undefined {
  if (!item) return undefined;
  const still = resolveUrl(item.preview_image_url, baseUrl);
  const shape = defined({ alt: typeof item.alt_text === 'string' ? item.alt_text : '', width: asPositiveNumber(item.width), height: asPositiveNumber(item.height) });
  if (item.type === 'photo') {
    const url = resolveUrl(item.url, baseUrl);
    return url ? { url, ...shape } : undefined;
  }
  const files = records(item.variants)
    .flatMap((variant) => {
      const url = variant.content_type === 'video/mp4' ? resolveUrl(variant.url, baseUrl) : undefined;
      return url ? [{ url, rate: asCount(variant.bit_rate) ?? 0 }] : [];
    })
    .sort((a, b) => b.rate - a.rate);
  const url = (files.find((file) => file.rate <= MAX_BIT_RATE) ?? files.at(-1))?.url ?? still;
  const duration = asPositiveNumber(item.duration_ms);
  return url
    ? defined({ url, ...shape, kind: item.type === 'animated_gif' ? ('gifv' as const) : ('video' as const), preview: still, duration: duration && duration / 1000 })
    : undefined;
}

/** Who wrote a retweeted or quoted tweet: what of their name, @handle, x.com page and picture is known. */
const personOf = (user: Json | undefined, username: string | undefined, baseUrl: string) =>
  defined({ name: asString(user?.name), handle: username && `@${username}`, url: username && xUrl(username), avatar: avatarOf(user, baseUrl) });

/** A user's picture at 73 px (`_bigger`): `_normal` is 48 px, blurred at the widget's avatar size. */
const avatarOf = (user: Json | undefined, baseUrl: string) => resolveUrl(asString(user?.profile_image_url)?.replace('_normal.', '_bigger.'), baseUrl);

/**
 * Text split at its entities from code point `from` on, less a trailing link that `claimed` says stands for what the
 * post shows otherwise (its media, quote or card). Without entities, only plain text: the widget finds links itself.
 */
function rich(raw: string, entities: unknown, from = 0, claimed: (entity: Json) => boolean = () => false): Pick<Post, 'text' | 'content'> {
  const chars = Array.from(raw);
  if (!isRecord(entities)) return { text: decode(chars.slice(from).join('')) };
  const spans = placeEntities(
    chars,
    MAKERS.flatMap(([key, make, own]) =>
      records(entities[key]).map((entity) => ({ entity, make, own: own(entity), start: integer(entity.start), end: integer(entity.end) })),
    ),
    from,
  );
  const last = spans.at(-1);
  if (last?.make === makeUrl && claimed(last.entity) && !chars.slice(last.end).join('').trim()) {
    spans.pop();
    chars.length = last.start;
    while (/\s/.test(chars.at(-1) ?? '')) chars.pop();
  }
  const tokens: TextToken[] = [];
  let done = from;
  const text = (end: number) => {
    const piece = decode(chars.slice(done, end).join(''));
    const previous = tokens.at(-1);
    if (previous?.kind === 'text') previous.text += piece;
    else if (piece) tokens.push({ kind: 'text', text: piece });
  };
  for (const { entity, make, start, end } of spans) {
    const token = start >= done ? make(entity, decode(chars.slice(start, end).join(''))) : undefined;
    if (!token) continue;
    text(start);
    tokens.push(token);
    done = end;
  }
  text(chars.length);
  return { text: plainText(tokens), content: tokens };
}

interface Span {
  entity: Json;
  make: Make;
  /** The text the entity stands on. */
  own: string | undefined;
  start: number;
  end: number;
}

// A letter, digit or underscore: a mention or hashtag never starts or ends beside one.
const WORD = /[\p{L}\p{N}_]/u;
// Case and width folded: `@Jack`, `@jack` and `＠jack` are one mention.
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The entities placed on the text, in order, none overlapping. Offsets are checked, not trusted (X's own examples
 * have wrong ones): the code points at `start..end` must be the entity's own text (the exact t.co URL; `@name` and
 * `#tag` in any case or width, as whole words). An entity whose offsets miss its text takes the first place of its
 * text that no other entity holds; one whose text is nowhere is dropped, its text staying plain.
 */
function placeEntities(chars: string[], spans: Span[], from: number): Span[] {
  const placed: Span[] = [];
  // Each code point folded, joined, with the index in `folded` where each code point starts: searches run on it.
  const starts = new Map<number, number>();
  let folded = '';
  for (const [index, char] of chars.entries()) {
    starts.set(folded.length, index);
    folded += fold(char);
  }
  const fits = ({ make, own }: Span, start: number, end: number): boolean => {
    const found = chars.slice(start, end).join('');
    const word = make !== makeUrl && (WORD.test(chars[start - 1] ?? '') || WORD.test(chars[end] ?? ''));
    return (
      start >= from &&
      !word &&
      (make === makeUrl ? found === own : fold(found) === fold(own!)) &&
      placed.every((span) => end <= span.start || start >= span.end)
    );
  };
  const astray = spans.filter((span) => {
    if (span.own === undefined) return false;
    const fit = Number.isInteger(span.start) && fits(span, span.start, span.end);
    if (fit) placed.push(span);
    return !fit;
  });
  // Past the most links a text shows (MAX_RICH_TOKENS), entities are text anyway: no search for them.
  for (const span of astray.slice(0, 100)) {
    const length = Array.from(span.own!).length;
    for (let at = folded.indexOf(fold(span.own!)); at >= 0; at = folded.indexOf(fold(span.own!), at + 1)) {
      const start = starts.get(at);
      if (start !== undefined && fits(span, start, start + length)) {
        placed.push({ ...span, start, end: start + length });
        break;
      }
    }
  }
  return placed.sort((a, b) => a.start - b.start);
}
