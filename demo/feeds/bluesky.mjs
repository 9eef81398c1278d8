// What the AppView's app.bsky.feed.getAuthorFeed answers for sam.bsky.social: `{ feed, cursor }`, the pinned post
// first (reasonPin), then newest first. Facet offsets are UTF-8 byte offsets, computed here from the texts.
import { createHash } from 'node:crypto';
import { DAY, HOUR, MINUTE } from './time.mjs';

const BASE32_SORT = '234567abcdefghijklmnopqrstuvwxyz';
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const FACET = 'app.bsky.richtext.facet#';

/** A record key (TID): microseconds since the epoch and a clock id, in base32-sortable. */
function tid(date, clock) {
  let value = (BigInt(date.getTime()) * 1000n << 10n) | BigInt(clock);
  let key = '';
  for (let i = 0; i < 13; i++, value >>= 5n) key = BASE32_SORT[Number(value & 31n)] + key;
  return key;
}

/** A content id lookalike (`bafyrei…`), stable for the same seed. */
function cid(seed) {
  const bytes = createHash('sha256').update(seed).digest();
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    for (bits += 8; bits >= 5; bits -= 5) text += BASE32[(value >> (bits - 5)) & 31];
  }
  return `bafyrei${text.slice(0, 52)}`;
}

/** The UTF-8 byte range of `part` in `text`, as a facet's `index`. */
function byteIndex(text, part) {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
  const byteStart = Buffer.byteLength(text.slice(0, at));
  return { byteStart, byteEnd: byteStart + Buffer.byteLength(part) };
}

const link = (text, shown, uri) => ({ index: byteIndex(text, shown), features: [{ $type: `${FACET}link`, uri }] });
const mention = (text, shown, did) => ({ index: byteIndex(text, shown), features: [{ $type: `${FACET}mention`, did }] });
const tag = (text, name) => ({ index: byteIndex(text, `#${name}`), features: [{ $type: `${FACET}tag`, tag: name }] });

/** Builds Sam's author feed, dated back from `now`; avatars and images are served by the demo at `origin`. */
export function blueskyAuthorFeed(now = Date.now(), origin = 'http://localhost:8000') {
  const actor = (did, handle, displayName, avatar) => ({
    did,
    handle,
    displayName,
    ...(avatar && { avatar }),
    associated: { chat: { allowIncoming: 'following' } },
    viewer: { muted: false, blockedBy: false },
    labels: [],
    createdAt: '2023-05-02T10:11:12.000Z',
  });
  const sam = actor('did:plc:s4mr1v3r4x7kq2wz6ntb5yhd', 'sam.bsky.social', 'Sam Rivera', `${origin}/demo/assets/sam.svg`);
  const ada = actor('did:plc:ad4ok4f0r7mq3vz2ltx6nwse', 'ada.bsky.social', 'Ada Okafor');
  const noor = actor('did:plc:n00rh4dd4d2qk5xw7tmz3lvy', 'noor.bsky.social', 'Noor Haddad', `${origin}/demo/assets/noor.svg`);

  let clock = 0;
  /** A post view as the AppView hydrates it: the record (text, facets, embed) with counts and the author. */
  const post = (by, ago, text, { facets, embed, recordEmbed, reply, langs = ['en'] } = {}) => {
    const date = new Date(now - ago);
    const uri = `at://${by.did}/app.bsky.feed.post/${tid(date, clock++)}`;
    return {
      uri,
      cid: cid(uri),
      author: by,
      record: {
        $type: 'app.bsky.feed.post',
        createdAt: date.toISOString(),
        ...(recordEmbed && { embed: recordEmbed }),
        ...(facets && { facets }),
        langs,
        ...(reply && { reply }),
        text,
      },
      ...(embed && { embed }),
      replyCount: 1,
      repostCount: 4,
      likeCount: 23,
      quoteCount: 0,
      indexedAt: new Date(date.getTime() + 900).toISOString(),
      viewer: { threadMuted: false, embeddingDisabled: false },
      labels: [],
    };
  };
  const ref = (view) => ({ uri: view.uri, cid: view.cid });

  const pinnedText = '👋 Hi, I’m Sam. I write about the open web, accessibility and small websites. Start here: samrivera.example/start';
  const crossPost =
    'Small is a feature: an embed that loads 300 KB to show five posts is a tax on every reader. #WebPerf samrivera.example/posts/sma...';
  const adaText = 'Reminder: alt text is not optional. Describe what matters in the picture, not every pixel. #a11y';
  const chartText = '📊 Page weight of five embed widgets, measured today → samrivera.example/data/embeds #WebPerf';
  const replyText = '@ada.bsky.social yes! And the focus ring has to survive the dark theme too.';
  const cafeText = 'Café talk with @noor.bsky.social about right-to-left layouts: logical properties all the way 🙌';
  const projectText = 'New week, new side project: a feed widget for blogs that fits in 16 KB, and reads Bluesky too.';

  const chart = {
    alt: 'Bar chart of page weight: the official embed loads 312 KB, the iframe widget 148 KB, social-feed 16 KB.',
    aspectRatio: { width: 1200, height: 675 },
  };
  const adaPost = post(ada, 3 * HOUR, adaText, { facets: [tag(adaText, 'a11y')] });
  const adaThread = post(ada, 4 * HOUR + 20 * MINUTE, 'What is the one focus bug you keep seeing on widgets?');
  const chartBlob = cid('chart-image');

  return {
    feed: [
      {
        post: post(sam, 9 * DAY, pinnedText, {
          facets: [link(pinnedText, 'samrivera.example/start', 'https://samrivera.example/start')],
        }),
        reason: { $type: 'app.bsky.feed.defs#reasonPin' },
      },
      {
        post: post(sam, 5 * MINUTE, crossPost, {
          facets: [
            tag(crossPost, 'WebPerf'),
            link(crossPost, 'samrivera.example/posts/sma...', 'https://samrivera.example/posts/small-embeds'),
          ],
        }),
      },
      {
        post: adaPost,
        reason: {
          $type: 'app.bsky.feed.defs#reasonRepost',
          by: sam,
          uri: `at://${sam.did}/app.bsky.feed.repost/${tid(new Date(now - HOUR), clock++)}`,
          cid: cid('repost'),
          indexedAt: new Date(now - HOUR).toISOString(),
        },
      },
      {
        post: post(sam, 2 * HOUR, chartText, {
          facets: [link(chartText, 'samrivera.example/data/embeds', 'https://samrivera.example/data/embeds'), tag(chartText, 'WebPerf')],
          recordEmbed: {
            $type: 'app.bsky.embed.images',
            images: [{ ...chart, image: { $type: 'blob', ref: { $link: chartBlob }, mimeType: 'image/png', size: 758 } }],
          },
          embed: {
            $type: 'app.bsky.embed.images#view',
            images: [{ thumb: `${origin}/demo/assets/chart.svg`, fullsize: `${origin}/demo/assets/chart.svg`, ...chart }],
          },
        }),
      },
      {
        post: post(sam, 4 * HOUR, replyText, {
          facets: [mention(replyText, '@ada.bsky.social', ada.did)],
          reply: { root: ref(adaThread), parent: ref(adaThread) },
        }),
        reply: {
          root: { $type: 'app.bsky.feed.defs#postView', ...adaThread },
          parent: { $type: 'app.bsky.feed.defs#postView', ...adaThread },
        },
      },
      { post: post(sam, DAY + 5 * HOUR, cafeText, { facets: [mention(cafeText, '@noor.bsky.social', noor.did)] }) },
      { post: post(sam, 6 * DAY, projectText) },
    ],
    cursor: new Date(now - 6 * DAY).toISOString(),
  };
}
