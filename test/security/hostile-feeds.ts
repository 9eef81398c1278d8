// Hostile responses in every format the widget reads, made from the stored fixtures by putting a vector in every
// text, HTML and URL field. `author(v)` fills the fields a feed has once (author, bio, links) and keeps one harmless
// post; `posts(vs)` fills every post-level field, a few posts per vector, under the fixture's author.
import { AUTHOR_DID, profile } from '../fixtures/bluesky/profile.js';
import { authorFeed, NATACHA_DID } from '../fixtures/bluesky/author-feed.js';
import { jsonFeed11 } from '../fixtures/jsonfeed/v1-1.js';
import { account, remoteAccount } from '../fixtures/mastodon/account.js';
import { statuses } from '../fixtures/mastodon/statuses.js';
import { nativeFeed } from '../fixtures/native-feed.js';
import { urlVectors } from '../fixtures/xss-vectors.js';
import { cginisty, referenceTimeline, type XTweet } from '../fixtures/twitter/user-tweets.js';

/** A response body and its type. */
export interface HostileResponse {
  body: string;
  contentType: string;
}

/** A format the widget reads, and builders of hostile responses in it. */
export interface HostileSource {
  name: string;
  format: 'native' | 'jsonfeed' | 'rss' | 'mastodon' | 'bluesky' | 'twitter';
  /** The fields a feed has once (author, bio, links) all carrying `vector`, and one harmless post. */
  author(vector: string, index: number): HostileResponse;
  /** Every post-level field carrying a vector, a few posts per vector. */
  posts(vectors: string[]): HostileResponse;
  /** What the rich view shows of those posts (CSS selectors), so the vectors are known to reach it. */
  rich?: string[];
}

type Json = Record<string, unknown>;

const json = (body: unknown): HostileResponse => ({ body: JSON.stringify(body), contentType: 'application/json' });
const xml = (body: string): HostileResponse => ({ body, contentType: 'application/xml' });

// Videos and sounds carry the URL vectors only: WebKitGTK takes a fifth of a second to set up each media element,
// and their src and poster pass the same gate as every image, which all vectors reach.
const URL_VECTORS = new Set(urlVectors.map(({ vector }) => vector));
/** `items` for a URL vector, none for the others. */
const forUrls = <T>(v: string, items: T[]): T[] => (URL_VECTORS.has(v) ? items : []);

/** Distinct, valid dates, one a minute, so every post keeps its place. */
const at = (i: number) => new Date(Date.UTC(2024, 4, 1) - i * 60_000).toISOString();

/** A vector as HTML content, and inside the href of a link, a mention and a hashtag and the src of a custom emoji. */
export const asHtml = (v: string) =>
  `${v}<p><a href="${v}">${v}</a> <a href="${v}" class="u-url mention">@x</a> ` +
  `<a href="${v}" class="mention hashtag" rel="tag">#x</a> <img class="custom-emoji" src="${v}" alt=":x:"></p>`;

/** Code points, as X counts entity offsets. */
const length = (text: string) => Array.from(text).length;

// ---- native

const native: HostileSource = {
  name: 'native',
  format: 'native',
  rich: ['[part="card"]', '[part="quote"]', '[part="poll"]', '[part="counts"]', 'video', 'audio', '.mini-avatar'],
  author: (v) =>
    json({
      ...nativeFeed(),
      author: { name: v, handle: v, url: v, avatar: v, bio: v },
      links: [
        { network: v, label: v, url: v },
        { network: 'website', label: v, url: 'https://ok.example/' },
      ],
      posts: nativeFeed().posts.slice(0, 1),
    }),
  posts: (vs) =>
    json({
      ...nativeFeed(),
      posts: vs.flatMap((v, i) => [
        { id: `a${i}`, url: v, text: v, published: at(i), repostOf: { name: v, handle: v, url: v, avatar: v }, media: [{ url: v, alt: v }], lang: v, spoiler: v },
        { id: `b${i}`, url: v, text: `before ${v} after`, published: at(i), repostOf: { handle: v, url: v }, media: [{ url: 'https://ok.example/a.png', alt: v }] },
        {
          id: `c${i}`,
          url: v,
          text: v,
          published: at(i),
          media: [
            { url: v, alt: v, kind: 'video', preview: v, duration: 1 },
            // One playable file per URL vector, of each kind in turn.
            ...forUrls(v, [
              [
                { url: `https://ok.example/${encodeURIComponent(v)}.mp4`, alt: v, kind: 'gifv', preview: v },
                { url: `${v}#.mp4`, alt: v, kind: 'video', preview: v },
                { url: v, alt: v, kind: 'audio' },
              ][i % 3],
            ]),
            { url: v, alt: v, kind: v },
          ],
          sensitive: true,
          card: { url: v, title: v, description: v, image: { url: v, alt: v } },
          quote: { url: v, text: v, published: at(i), author: { name: v, handle: v, url: v, avatar: v }, media: [{ url: v, alt: v, kind: 'video', preview: v }] },
          poll: { options: [{ title: v, votes: 1 }, { title: 'ok', votes: 2 }], votes: 3, closesAt: v },
          counts: { replies: 1, reposts: 2, likes: 3 },
        },
      ]),
    }),
};

// ---- JSON Feed

const jsonFeed: HostileSource = {
  name: 'JSON Feed',
  format: 'jsonfeed',
  author: (v, index) =>
    json({
      ...jsonFeed11(),
      title: v,
      description: v,
      home_page_url: v,
      feed_url: v,
      icon: v,
      favicon: v,
      language: v,
      // Every other feed names its author; the others leave the name to the feed's title.
      authors: [index % 2 ? { name: v, url: v, avatar: v } : { url: v, avatar: v }],
      items: (jsonFeed11().items as unknown[]).slice(1, 2),
    }),
  posts: (vs) =>
    json({
      ...jsonFeed11(),
      items: vs.flatMap((v, i) => [
        { id: `a${i}`, url: v, title: v, summary: v, image: v, date_published: at(i), language: v },
        {
          id: `b${i}`,
          external_url: v,
          content_html: asHtml(v),
          attachments: [{ url: v, mime_type: 'image/png', title: v }, { url: v, mime_type: v }],
          date_published: at(i),
        },
        ...forUrls(v, [
          {
            id: `e${i}`,
            title: 'ok',
            image: v,
            attachments: [
              { url: v, mime_type: 'video/mp4', title: v, duration_in_seconds: v },
              { url: v, mime_type: 'audio/mpeg', title: 'sound' },
            ],
            date_published: at(i),
          },
        ]),
        { id: `c${i}`, url: v, content_text: v, date_published: at(i) },
        { id: `d${i}`, title: v, content_html: asHtml(v), date_modified: at(i) },
      ]),
    }),
};

// ---- RSS 2.0 and Atom

/** Characters XML 1.0 cannot carry at all, even as references: a feed holding one is not XML. */
const XML_INVALID = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

/** What of `v` an XML document can carry: characters XML forbids become U+FFFD. */
export const xmlSafe = (v: string) => v.replace(XML_INVALID, '\ufffd');

/** `v` as XML element text. */
export const xmlText = (v: string) =>
  xmlSafe(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** `v` as a double-quoted XML attribute value: tabs and line breaks as references, or the parser turns them into spaces. */
export const xmlAttribute = (v: string) => xmlText(v).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

/** `v` in CDATA sections, split where it holds `]]>` (which ends a section). */
export const cdata = (v: string) => `<![CDATA[${xmlSafe(v).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

const MEDIA = 'http://search.yahoo.com/mrss/';

/** An RSS 2.0 feed shaped like the blog fixture, its HTML fields written by `html` (escaped text or CDATA). */
function rss(name: string, html: (v: string) => string): HostileSource {
  const feed = (channel: string, items: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ` +
    `xmlns:media="${MEDIA}" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>${channel}${items}</channel></rss>`;
  const harmless = `<item><title>Les réseaux sociaux &amp; la confiance</title><link>https://blog.example/2017/03/26/</link><pubDate>${at(0)}</pubDate></item>`;
  return {
    name,
    format: 'rss',
    author: (v) =>
      xml(
        feed(
          `<title>${xmlText(v)}</title><link>${xmlText(v)}</link><description>${html(asHtml(v))}</description>` +
            `<language>${xmlText(v)}</language><image><url>${xmlText(v)}</url><title>${xmlText(v)}</title></image>`,
          harmless,
        ),
      ),
    posts: (vs) =>
      xml(
        feed(
          '<title>Christophe Ginisty</title><link>https://blog.example/</link>',
          vs
            .map(
              (v, i) =>
                `<item><title>${xmlText(v)}</title><link>${xmlText(v)}</link><guid>${xmlText(v)}#${i}</guid><pubDate>${at(i)}</pubDate>` +
                `<description>${html(asHtml(v))}</description><enclosure url="${xmlAttribute(v)}" type="image/png"/>` +
                `<media:content url="${xmlAttribute(v)}" medium="image"><media:description>${xmlText(v)}</media:description></media:content></item>` +
                `<item><link>${xmlText(v)}</link><guid>b${i}</guid><pubDate>${at(i)}</pubDate><description>${html(asHtml(v))}</description>` +
                `<media:thumbnail url="${xmlAttribute(v)}"/></item>` +
                `<item><title>${html(v)}</title><guid>c${i}</guid><pubDate>${at(i)}</pubDate><content:encoded>${html(asHtml(v))}</content:encoded></item>`,
            )
            .join('') +
            // Sounds and videos, after the items above: xss.test.ts finds those by their place.
            vs
              .filter((v) => URL_VECTORS.has(v))
              .map(
                (v, i) =>
                  `<item><title>ok</title><guid>d${i}</guid><pubDate>${at(i)}</pubDate><enclosure url="${xmlAttribute(v)}" type="audio/mpeg"/>` +
                  `<enclosure url="${xmlAttribute(v)}.mp4" type="application/octet-stream"/><itunes:duration>${xmlText(v)}</itunes:duration><media:group><media:content url="${xmlAttribute(v)}" type="video/mp4" ` +
                  `duration="${xmlAttribute(v)}"/><media:thumbnail url="${xmlAttribute(v)}"/><media:rating>adult</media:rating>` +
                  `<media:description>${xmlText(v)}</media:description></media:group></item>`,
              )
              .join(''),
        ),
      ),
  };
}

/** An Atom feed shaped like the Atom fixture: HTML text constructs written by `html`, links and `xml:base` as attributes. */
function atom(name: string, html: (v: string) => string): HostileSource {
  const feed = (head: string, entries: string) =>
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="${MEDIA}">${head}${entries}</feed>`;
  const harmless = `<entry><title>Atom draft-07 snapshot</title><link href="https://example.org/2017/atom-draft"/><id>tag:example.org,2003:3.2397</id><updated>${at(0)}</updated></entry>`;
  return {
    name,
    format: 'rss',
    author: (v) =>
      xml(
        feed(
          `<title type="html">${html(v)}</title><subtitle type="html">${html(asHtml(v))}</subtitle><link href="${xmlAttribute(v)}"/>` +
            `<icon>${xmlText(v)}</icon><logo>${xmlText(v)}</logo><author><name>${xmlText(v)}</name></author>`,
          harmless,
        ),
      ),
    posts: (vs) =>
      xml(
        feed(
          '<title>Mark Pilgrim</title><link href="https://example.org/"/>',
          vs
            .map(
              (v, i) =>
                `<entry xml:lang="${xmlAttribute(v)}"><title type="html">${html(v)}</title><link href="${xmlAttribute(v)}"/>` +
                `<link rel="enclosure" type="image/png" href="${xmlAttribute(v)}"/><id>${xmlText(v)}#${i}</id><published>${at(i)}</published>` +
                `<content type="html">${html(asHtml(v))}</content></entry>` +
                `<entry xml:base="${xmlAttribute(v)}"><title>${xmlText(v)}</title><link href="post"/><id>b${i}</id><updated>${at(i)}</updated>` +
                `<summary type="html">${html(asHtml(v))}</summary><media:content url="${xmlAttribute(v)}" type="image/png">` +
                `<media:description>${xmlText(v)}</media:description></media:content></entry>`,
            )
            .join('') +
            vs
              .filter((v) => URL_VECTORS.has(v))
              .map(
                (v, i) =>
                  `<entry><title>ok</title><id>c${i}</id><updated>${at(i)}</updated><link rel="enclosure" type="video/webm" href="${xmlAttribute(v)}"/>` +
                  `<media:group><media:content url="${xmlAttribute(v)}" type="application/x-shockwave-flash"/><media:thumbnail url="${xmlAttribute(v)}"/></media:group></entry>`,
              )
              .join(''),
        ),
      ),
  };
}

// ---- Mastodon

const emojis = (v: string) => [
  { shortcode: 'blob', url: v, static_url: v, visible_in_picker: true },
  { shortcode: v, url: v, static_url: v, visible_in_picker: true },
];

const mastodon: HostileSource = {
  name: 'Mastodon',
  format: 'mastodon',
  rich: ['[part="card"]', '[part="quote"]', '[part="poll"]', '[part="counts"]', '.tile.still', 'audio'],
  author: (v) =>
    json({
      account: {
        ...account(),
        username: v,
        acct: v,
        display_name: `${v} :blob:`,
        note: `${asHtml(v)} :blob:`,
        url: v,
        avatar: v,
        emojis: emojis(v),
        fields: [
          { name: v, value: asHtml(v), verified_at: v },
          { name: 'Site', value: `<a href="${v}" rel="me">${v}</a>`, verified_at: null },
          { name: v, value: '<a href="https://ok.example/">ok.example</a>', verified_at: null },
        ],
      },
      statuses: statuses().slice(0, 1),
      pinned: [],
    }),
  posts: (vs) => {
    const [plain, , , withMedia] = statuses();
    const image = withMedia.media_attachments[0] as Json;
    return json({
      account: account(),
      statuses: vs.flatMap((v, i) => [
        {
          ...plain,
          id: `a${i}`,
          created_at: at(i),
          content: `${asHtml(v)} :blob:`,
          spoiler_text: v,
          url: v,
          uri: v,
          language: v,
          emojis: emojis(v),
          media_attachments: [
            { ...image, type: 'image', url: v, preview_url: v, description: v },
            { ...image, type: 'gifv', url: v, preview_url: v, description: v },
            { ...image, type: 'video', url: v, preview_url: v, description: v },
            ...forUrls(v, [{ ...image, type: 'audio', url: v, preview_url: v, description: v }]),
            { ...image, type: v, url: v, preview_url: v, description: v },
          ],
          sensitive: true,
          card: { url: v, title: v, description: v, type: 'link', image: v, image_description: v, width: 1, height: 1 },
          poll: { id: v, expires_at: v, expired: false, multiple: false, votes_count: 3, voters_count: null, options: [{ title: v, votes_count: 1 }, { title: 'ok', votes_count: 2 }], emojis: [] },
          // A quoted status whose every field is the vector, and the "RE:" paragraph it replaces.
          quote: {
            state: 'accepted',
            quoted_status: {
              ...plain,
              id: v,
              content: `<p class="quote-inline">RE: ${asHtml(v)}</p>${asHtml(v)}`,
              url: v,
              uri: v,
              created_at: v,
              emojis: emojis(v),
              account: { ...remoteAccount(), username: v, acct: v, display_name: v, url: v, avatar: v },
              media_attachments: [{ ...image, type: 'image', url: v, preview_url: v, description: v }],
            },
          },
        },
        {
          ...plain,
          id: `b${i}`,
          created_at: at(i),
          content: '',
          url: null,
          reblog: {
            ...plain,
            id: `o${i}`,
            content: asHtml(v),
            url: null,
            uri: v,
            account: { ...remoteAccount(), username: v, acct: v, display_name: v, url: v, avatar: v },
            card: { url: 'https://ok.example/', title: v, image: v },
          },
        },
      ]),
      pinned: [],
    });
  },
};

// ---- Bluesky

/** A facet over the `n`th of the space-separated copies of `v` in a post's text (offsets in UTF-8 bytes). */
function facet(v: string, n: number, features: Json[]) {
  const bytes = new TextEncoder().encode(v).length;
  return { index: { byteStart: n * (bytes + 1), byteEnd: n * (bytes + 1) + bytes }, features };
}

const F = 'app.bsky.richtext.facet#';
const IMAGES = 'app.bsky.embed.images#view';

const bluesky: HostileSource = {
  name: 'Bluesky',
  format: 'bluesky',
  rich: ['[part="card"]', '[part="quote"]', '[part="counts"]', '.tile.still'],
  author: (v) =>
    json({
      profile: { ...profile(), handle: v, displayName: v, description: v, avatar: v },
      feed: authorFeed().feed.slice(-1),
    }),
  posts: (vs) => {
    const template = authorFeed().feed.at(-1)!.post;
    const post = (v: string, i: number, did: string, embed: Json) => ({
      ...template,
      uri: `at://${did}/app.bsky.feed.post/p${i}`,
      author: { ...template.author, did, handle: v, displayName: v },
      record: {
        ...template.record,
        createdAt: at(i),
        langs: [v],
        text: [v, v, v, v].join(' '),
        facets: [
          facet(v, 0, [{ $type: `${F}link`, uri: v }]),
          facet(v, 1, [{ $type: `${F}mention`, did: v }, { $type: `${F}mention`, did: NATACHA_DID }]),
          facet(v, 2, [{ $type: `${F}tag`, tag: v }]),
          facet(v, 3, [{ $type: `${F}link`, uri: 'https://ok.example/' }]),
        ],
      },
      embed,
    });
    // A post that only shares a record: its text and facets are the other posts' to test, and the body stays under
    // the widget's 2 MB cap.
    const sharing = (i: number, id: string, record: Json) => ({
      ...template,
      uri: `at://${AUTHOR_DID}/app.bsky.feed.post/${id}`,
      record: { ...template.record, createdAt: at(i), text: '', facets: [] },
      embed: { $type: 'app.bsky.embed.record#view', record },
    });
    return json({
      profile: profile(),
      feed: vs.flatMap((v, i) => [
        { post: post(v, i, AUTHOR_DID, { $type: IMAGES, images: [{ fullsize: v, thumb: v, alt: v }, { thumb: v, alt: v }] }) },
        {
          post: post(v, i, NATACHA_DID, { $type: 'app.bsky.embed.recordWithMedia#view', media: { $type: IMAGES, images: [{ fullsize: v, alt: v }] } }),
          reason: { $type: 'app.bsky.feed.defs#reasonRepost', by: profile(), indexedAt: at(i) },
        },
        { post: { ...post(v, i + 0.25, AUTHOR_DID, { $type: 'app.bsky.embed.external#view', external: { uri: v, title: v, description: v, thumb: v } }), uri: `at://${AUTHOR_DID}/app.bsky.feed.post/e${i}` } },
        // A shared feed whose name, description and picture are the vector, a starter pack whose record is, and a
        // labeler whose account is.
        {
          post: sharing(i + 0.3, `f${i}`, {
            $type: 'app.bsky.feed.defs#generatorView',
            uri: `at://${AUTHOR_DID}/app.bsky.feed.generator/f${i}`,
            displayName: v,
            description: v,
            avatar: v,
          }),
        },
        {
          post: sharing(i + 0.35, `s${i}`, {
            $type: 'app.bsky.graph.defs#starterPackViewBasic',
            uri: `at://${AUTHOR_DID}/app.bsky.graph.starterpack/s${i}`,
            record: { name: v, description: v },
          }),
        },
        {
          post: sharing(i + 0.4, `l${i}`, {
            $type: 'app.bsky.labeler.defs#labelerView',
            uri: `at://${AUTHOR_DID}/app.bsky.labeler.service/self`,
            creator: { did: AUTHOR_DID, handle: v, displayName: v, description: v, avatar: v },
          }),
        },
        {
          post: {
            ...post(v, i + 0.5, AUTHOR_DID, { $type: 'app.bsky.embed.video#view', cid: v, playlist: v, thumbnail: v, alt: v, aspectRatio: { width: v, height: 1 } }),
            uri: `at://${AUTHOR_DID}/app.bsky.feed.post/v${i}`,
            labels: [{ val: 'porn' }],
          },
        },
        {
          post: {
            ...post(v, i + 0.75, AUTHOR_DID, {
              $type: 'app.bsky.embed.recordWithMedia#view',
              media: { $type: 'app.bsky.embed.external#view', external: { uri: v, title: v, thumb: v } },
              record: {
                $type: 'app.bsky.embed.record#view',
                record: {
                  $type: 'app.bsky.embed.record#viewRecord',
                  uri: `at://${NATACHA_DID}/app.bsky.feed.post/q${i}`,
                  author: { did: NATACHA_DID, handle: v, displayName: v, avatar: v },
                  value: { text: v, createdAt: v, facets: [facet(v, 0, [{ $type: `${F}link`, uri: v }])] },
                  embeds: [{ $type: IMAGES, images: [{ fullsize: v, alt: v }] }],
                },
              },
            }),
            uri: `at://${AUTHOR_DID}/app.bsky.feed.post/q${i}`,
          },
        },
      ]),
    });
  },
};

// ---- X API v2

/** Text as X sends it: `&`, `<` and `>` escaped, entity offsets counting the escaped form. */
const escapeX = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An entity span over the `n`th of the space-separated copies of `text`. */
const span = (text: string, n: number) => ({ start: n * (length(text) + 1), end: n * (length(text) + 1) + length(text) });

const twitter: HostileSource = {
  name: 'X',
  format: 'twitter',
  author: (v) => {
    const timeline = referenceTimeline();
    const user = {
      ...cginisty(),
      name: v,
      username: v,
      description: [v, v, v].join(' '),
      profile_image_url: v,
      url: v,
      entities: {
        url: { urls: [{ start: 0, end: 23, url: v, expanded_url: v, display_url: v }] },
        description: {
          urls: [{ ...span(v, 0), url: v, expanded_url: v, display_url: v }],
          mentions: [{ ...span(v, 1), username: v }],
          hashtags: [{ ...span(v, 2), tag: v }],
        },
      },
    };
    return json({ ...timeline, data: timeline.data!.slice(1, 2), includes: { users: [user] } });
  },
  posts: (vs) => {
    const timeline = referenceTimeline();
    const tweet = (id: string, text: string, extra: Partial<XTweet> = {}): XTweet => ({
      ...timeline.data![1],
      id,
      text,
      entities: undefined,
      ...extra,
    });
    return json({
      ...timeline,
      data: vs.flatMap((v, i) => [
        tweet(`a${i}`, [v, v, v].join(' '), {
          created_at: at(i),
          lang: v,
          entities: {
            urls: [{ ...span(v, 0), url: v, expanded_url: v, display_url: v }],
            mentions: [{ ...span(v, 1), username: v }],
            hashtags: [{ ...span(v, 2), tag: v }],
          },
          attachments: { media_keys: [`p${i}`, `v${i}`, `g${i}`] },
        }),
        tweet(`b${i}`, `RT @x: ${escapeX(v)}`, { created_at: at(i), referenced_tweets: [{ type: 'retweeted', id: `o${i}` }] }),
        tweet(`c${i}`, escapeX(v), { created_at: at(i), referenced_tweets: [{ type: 'quoted', id: `q${i}` }] }),
        // A link X previewed: every field of its card a vector.
        tweet(`d${i}`, 'ok https://t.co/card', {
          created_at: at(i),
          entities: {
            urls: [{ start: 3, end: 20, url: 'https://t.co/card', expanded_url: v, display_url: v, title: v, description: v, unwound_url: v, images: [{ url: v, width: 1, height: 1 }] }],
          },
        }),
        // A poll whose labels are vectors, on a long post whose whole text and entities are too.
        tweet(`e${i}`, 'ok', {
          created_at: at(i),
          attachments: { poll_ids: [`poll${i}`] },
          note_tweet: {
            text: [escapeX(v), escapeX(v)].join(' '),
            entities: { urls: [{ ...span(escapeX(v), 0), url: v, expanded_url: v, display_url: v }], hashtags: [{ ...span(escapeX(v), 1), tag: v }] },
          },
        }),
      ]),
      includes: {
        users: [cginisty(), ...vs.map((v, i) => ({ id: `u${i}`, name: v, username: v, profile_image_url: v }))],
        tweets: vs.flatMap((v, i) => [
          tweet(`o${i}`, escapeX(v), {
            author_id: `u${i}`,
            entities: { urls: [{ ...span(escapeX(v), 0), url: v, expanded_url: v, display_url: v }] },
            public_metrics: { reply_count: 1, retweet_count: 2, like_count: 3, quote_count: 0 },
          }),
          tweet(`q${i}`, escapeX(v), { author_id: `u${i}`, created_at: v, attachments: { media_keys: [`p${i}`] } }),
        ]),
        polls: vs.map((v, i) => ({
          id: `poll${i}`,
          options: [{ position: 1, label: v, votes: 1 }, { position: v, label: v, votes: v }],
          end_datetime: v,
          voting_status: v,
        })),
        media: vs.flatMap((v, i) => [
          { media_key: `p${i}`, type: 'photo', url: v, alt_text: v },
          { media_key: `v${i}`, type: 'video', preview_image_url: v, alt_text: v },
          ...forUrls(v, [{ media_key: `g${i}`, type: 'animated_gif', preview_image_url: v, duration_ms: v, variants: [{ bit_rate: 0, content_type: 'video/mp4', url: v }] }]),
        ]),
      },
    });
  },
};

/** Every source the widget reads; RSS and Atom both with their HTML escaped as element text and in CDATA sections. */
export const hostileSources: HostileSource[] = [
  native,
  jsonFeed,
  rss('RSS 2.0 (escaped)', xmlText),
  rss('RSS 2.0 (CDATA)', cdata),
  atom('Atom (escaped)', xmlText),
  atom('Atom (CDATA)', cdata),
  mastodon,
  bluesky,
  twitter,
];
