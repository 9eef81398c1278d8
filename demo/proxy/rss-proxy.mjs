// A minimal server-side proxy for RSS and Atom feeds on origins without CORS: it fetches an allowed feed, converts it
// to the widget's native format on the server and answers it with a Cache-Control a CDN can keep. No dependencies
// (Node 18+).
//
//   RSS_ALLOWED_URLS="https://blog.example/feed.xml https://notes.example/atom" ALLOWED_ORIGIN=https://blog.example \
//   PORT=8788 node rss-proxy.mjs
//
// GET /?url=<one of RSS_ALLOWED_URLS> (the first when left out) answers the native feed; any other URL is refused, so
// the proxy can never be used to fetch anything else. ALLOWED_ORIGIN is the page's origin when the proxy is on
// another one.
//
// The conversion is deliberately small, a few regular expressions rather than an XML parser: the channel's (feed's)
// title, link, description (subtitle) and image (icon, logo) make the author; each item's (entry's) title, or else
// its description stripped of markup, is the text (titles and descriptions are read as HTML, as most readers do),
// with its link, guid (id), date and image enclosure. Not read: namespaces beyond their prefixes, DTD entities,
// media:content, links inside descriptions. For all of that, pass the feed through unchanged with CORS headers and
// let the widget read it with the browser's DOMParser.
import { createServer } from 'node:http';

const { RSS_ALLOWED_URLS = '', ALLOWED_ORIGIN, PORT = '8788' } = process.env;
const allowed = RSS_ALLOWED_URLS.split(/[\s,]+/).filter(Boolean);
if (allowed.length === 0) {
  console.error('rss-proxy: set RSS_ALLOWED_URLS to the feed URLs it may fetch, space-separated');
  process.exit(1);
}

const MAX_AGE = 300;
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_POSTS = 50;
const MAX_TEXT = 500;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an XML node's content: CDATA kept as is, entities decoded. */
function decode(xml) {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (entity, hex, decimal, name) => {
            if (name) return ENTITIES[name] ?? entity;
            const point = hex ? parseInt(hex, 16) : Number(decimal);
            return point <= 0x10ffff ? String.fromCodePoint(point) : entity;
          }),
    )
    .join('');
}

/** Plain text of HTML (a description's or summary's): block tags become spaces, others go, entities decoded. */
function plainText(html) {
  const text = html.replace(/<\/?(p|br|div|li|h\d|blockquote|pre|tr|td)\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '');
  return decode(text).replace(/\s+/g, ' ').trim();
}

/** The first element named `name` (any prefix): its attributes and raw content, or undefined. */
function element(xml, name) {
  const match = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`, 'i').exec(xml);
  return match && { attributes: match[1], content: match[2] ?? '' };
}

/** The text content of the first element among `names`, or undefined when none has any. */
function text(xml, ...names) {
  for (const name of names) {
    const found = element(xml, name);
    // Markup inside (an escaped or CDATA description, an Atom type="html" title) is read as text.
    const value = found && plainText(decode(found.content));
    if (value) return value;
  }
  return undefined;
}

/** An attribute's decoded value. */
function attribute(attributes, name) {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attributes ?? '');
  return match ? decode(match[2] ?? match[3]) : undefined;
}

/** `url` resolved against `base`, when it is an http(s) URL. */
function httpUrl(url, base) {
  if (!url) return undefined;
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page an item or feed links to: RSS's <link>text</link>, Atom's <link rel="alternate" href>. */
function linkOf(xml, base) {
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?link(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?link\s*>)/gi)) {
    const [, attributes, content] = match;
    const href = attribute(attributes, 'href');
    if (href === undefined) {
      if (content?.trim()) return httpUrl(decode(content), base);
    } else if ((attribute(attributes, 'rel') ?? 'alternate') === 'alternate') {
      return httpUrl(href, base);
    }
  }
  return undefined;
}

/** An ISO 8601 date, or undefined when the text is not a date. */
function isoDate(value) {
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function shorten(value) {
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1).trimEnd()}…` : value;
}

/** Converts an RSS 2.0, RSS 1.0 or Atom document to the native feed; undefined when it is neither. */
function toNativeFeed(xml, feedUrl) {
  const itemPattern = /<(?:[\w.-]+:)?(item|entry)(?=[\s>])[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?\1\s*>/gi;
  const items = xml.match(itemPattern) ?? [];
  // The channel's own fields, read where no item can lend it a title or link of its own.
  const head = xml.replace(itemPattern, '');
  if (!/<(?:[\w.-]+:)?(rss|feed|RDF)(?=[\s>])/i.test(head)) return undefined;
  const site = linkOf(head.replace(/<(?:[\w.-]+:)?image(?=[\s>])[\s\S]*?<\/(?:[\w.-]+:)?image\s*>/i, ''), feedUrl);
  const image = element(head, 'image')?.content;
  const author = {
    name: text(head, 'title') ?? new URL(site ?? feedUrl).host,
    url: site,
    avatar: httpUrl((image && text(image, 'url')) ?? text(head, 'icon', 'logo'), feedUrl),
    bio: text(head, 'description', 'subtitle'),
  };
  const posts = items.flatMap((item) => {
    const published = isoDate(text(item, 'pubDate', 'published', 'updated', 'date'));
    const body = text(item, 'title') ?? text(item, 'description', 'summary', 'content');
    if (!published || !body) return [];
    const url = linkOf(item, feedUrl);
    const enclosure = element(item, 'enclosure')?.attributes;
    const media = /^image\//i.test(attribute(enclosure, 'type') ?? '') ? httpUrl(attribute(enclosure, 'url'), feedUrl) : undefined;
    return [{ id: text(item, 'guid', 'id') ?? url ?? published, url, text: shorten(body), published, media: media ? [{ url: media, alt: '' }] : [] }];
  });
  posts.sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  const links = site ? [{ network: 'website', label: new URL(site).host, url: site }] : [];
  return { version: 1, author, links, posts: posts.slice(0, MAX_POSTS) };
}

const failure = (message) => ({ status: 502, body: JSON.stringify({ error: message }) });

/** The body's text in the charset its Content-Type or XML declaration names (many older feeds are ISO-8859-1). */
function textOf(bytes, contentType) {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '') ?? /^<\?xml[^>]*encoding=["']([\w-]+)/.exec(bytes.toString('latin1', 0, 200));
  try {
    return new TextDecoder(declared?.[1] ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** Fetches a feed, refusing bodies over MAX_BYTES, and converts it; resolves to { status, body } (the native JSON). */
async function convert(url) {
  const answer = await fetch(url, {
    headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!answer.ok) return failure(`The feed answered HTTP ${answer.status}.`);
  const chunks = [];
  let size = 0;
  for await (const chunk of answer.body) {
    size += chunk.length;
    if (size > MAX_BYTES) return failure('The feed is over 2 MB.');
    chunks.push(chunk);
  }
  const feed = toNativeFeed(textOf(Buffer.concat(chunks), answer.headers.get('content-type')), answer.url || url);
  return feed ? { status: 200, body: JSON.stringify(feed) } : failure('The feed is not RSS or Atom.');
}

// One upstream call per feed serves every reader for MAX_AGE seconds, and concurrent readers share it.
const cache = new Map(); // url -> { expires, response: Promise<{ status, body }> }
function feedFor(url) {
  let entry = cache.get(url);
  if (!entry || entry.expires < Date.now()) {
    entry = { expires: Date.now() + MAX_AGE * 1000, response: convert(url).catch(() => failure('The feed could not be reached.')) };
    cache.set(url, entry);
    // Only a good answer is kept; the next reader retries after an error.
    const current = entry;
    current.response.then(({ status }) => status === 200 || (cache.get(url) === current && cache.delete(url)));
  }
  return entry.response;
}

const server = createServer(async (request, response) => {
  const headers = ALLOWED_ORIGIN ? { 'access-control-allow-origin': ALLOWED_ORIGIN } : {};
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url, 'http://proxy').searchParams.get('url') ?? allowed[0];
  const { status, body } = allowed.includes(url)
    ? await feedFor(url)
    : { status: 403, body: JSON.stringify({ error: 'This feed is not on the allow-list.' }) };
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': status === 200 ? `public, max-age=${MAX_AGE}, stale-while-revalidate=${2 * MAX_AGE}` : 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(Number(PORT), () => console.log(`rss-proxy listening on http://localhost:${server.address().port}/`));
