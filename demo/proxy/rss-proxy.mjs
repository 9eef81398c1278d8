// A minimal server-side proxy for RSS and Atom feeds on origins without CORS: it fetches an allowed feed, converts it
// to the widget's native format on the server and answers it with a Cache-Control a CDN can keep. No dependencies
// (Node 18+).
//
//   RSS_ALLOWED_URLS="https://blog.example/feed.xml https://notes.example/atom" ALLOWED_ORIGIN=https://blog.example \
//   PORT=8788 node rss-proxy.mjs
//
// GET /?url=<one of RSS_ALLOWED_URLS> (the first when left out) answers the native feed; any other URL is refused, so
// the proxy can never be used to fetch anything else. A redirect is followed only to another URL of the list (at most
// three), or the answer is a 502. ALLOWED_ORIGIN is the page's origin when the proxy is on another one.
//
// The reader is a small hand-written one: a library would have to be installed wherever this file is copied, and
// regular expressions can neither tell markup from CDATA or comments nor stay linear on a hostile feed. It reads the
// XML in one pass, in time linear in its length, into a light tree (no DTD, entities beyond XML's and a few of HTML's,
// or namespaces beyond their prefixes), and refuses what is not well-formed, over 64 elements deep or over 100,000 of
// them. The channel's (feed's) own title, link, description (subtitle) and image (icon, logo) make the author; each
// item's (entry's) title, or else its description stripped of markup, is the text (titles and descriptions are read
// as HTML, as most readers do), with its link, guid (id), date and image enclosure. Not read: media:content, links
// inside descriptions. For all of that, pass the feed through unchanged with CORS headers and let the widget read it
// with the browser's DOMParser.
import { createServer } from 'node:http';

const { RSS_ALLOWED_URLS = '', ALLOWED_ORIGIN, PORT = '8788' } = process.env;
const allowed = RSS_ALLOWED_URLS.split(/[\s,]+/).filter(Boolean);
if (allowed.length === 0) {
  console.error('rss-proxy: set RSS_ALLOWED_URLS to the feed URLs it may fetch, space-separated');
  process.exit(1);
}

const MAX_AGE = 300;
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 3;
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 100_000;
const MAX_POSTS = 50;
const MAX_TEXT = 500;

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

// A redirect's target is a resolved URL, so it is compared with the list's URLs resolved too: https://Blog.example in
// the list allows a redirect to https://blog.example/.
const allowedTargets = new Set(allowed.map((url) => httpUrl(url)));

// XML's five entities and a few of HTML's, in a Map: a plain object would also "know" &constructor; or &__proto__;.
const ENTITIES = new Map(
  Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–' }),
);
// Read where an "&" stands, with bounded repetitions: at most 34 characters are looked at, whatever follows.
const REFERENCE = /&(?:#x([\da-f]{1,6})|#(\d{1,7})|([a-z][a-z\d]{0,31}));/iy;

/** Whether XML allows code point `point` in text: not NUL, C0 controls, lone surrogates, U+FFFE/F, past U+10FFFF. */
const isCharacter = (point) =>
  point === 0x9 || point === 0xa || point === 0xd || (point >= 0x20 && point <= 0xd7ff) ||
  (point >= 0xe000 && point <= 0xfffd) || (point >= 0x10000 && point <= 0x10ffff);

/** `text` with its entity and character references decoded; an unknown name or a number that is no character stays. */
function decode(text) {
  let decoded = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
    REFERENCE.lastIndex = amp;
    const [reference, hex, decimal, name] = REFERENCE.exec(text) ?? [];
    const point = hex ? parseInt(hex, 16) : Number(decimal);
    const value = name ? ENTITIES.get(name) : reference && isCharacter(point) ? String.fromCodePoint(point) : undefined;
    if (value === undefined) continue;
    decoded += text.slice(from, amp) + value;
    from = amp + reference.length;
  }
  return from === 0 ? text : decoded + text.slice(from);
}

// The XML reader's sticky patterns each read one construct where the reader stands. None reads past a "<", none can
// backtrack beyond its construct, and a mismatch ends the reading: each character is looked at a bounded number of
// times.
const START_TAG = /<([^\s<>/="']+)/y;
const ATTRIBUTE = /\s+([^\s<>/="']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const START_TAG_END = /\s*(\/?)>/y;
const END_TAG = /<\/([^\s<>/="']+)\s*>/y;
const NO_ATTRIBUTES = new Map();

/** The local name of a qualified one, in lower case: <dc:Date> is "date", so every prefix and case reads alike. */
const localName = (qualified) => qualified.slice(qualified.lastIndexOf(':') + 1).toLowerCase();

/**
 * The document element of `xml` as a tree of { tag, name, attributes: Map, children: (element | string)[] }, where a
 * string is character data with its references decoded once or a CDATA section as written; comments, processing
 * instructions and the DOCTYPE are skipped, and so is anything after the document element. A string when the XML
 * is not well-formed or is too big to read: the reason.
 */
function parseXml(xml) {
  const document = { children: [] };
  const open = [document];
  let elements = 0;
  let i = 0;
  /** `at` past `marker`, searched for from `at` on; -1 when there is none. */
  const past = (marker, at) => {
    const found = xml.indexOf(marker, at);
    return found < 0 ? -1 : found + marker.length;
  };
  while (i >= 0 && i < xml.length) {
    const parent = open[open.length - 1];
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (lt > i && parent !== document) parent.children.push(decode(xml.slice(i, lt)));
    if (xml.startsWith('<!--', lt)) {
      i = past('-->', lt + 4);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      i = past(']]>', lt + 9);
      if (i >= 0 && parent !== document) parent.children.push(xml.slice(lt + 9, i - 3));
    } else if (xml.startsWith('<?', lt)) {
      i = past('?>', lt + 2);
    } else if (xml.startsWith('<!', lt)) {
      // The DOCTYPE, before the document element: skipped to its ">", past an internal subset in [ ] (not used).
      if (parent !== document) return 'The feed is not well-formed XML.';
      let j = lt + 2;
      while (j < xml.length && xml[j] !== '>' && xml[j] !== '[') j++;
      const subsetEnd = xml[j] === '[' ? xml.indexOf(']', j) : j;
      i = subsetEnd < 0 ? -1 : past('>', subsetEnd);
    } else if (xml[lt + 1] === '/') {
      END_TAG.lastIndex = lt;
      const end = END_TAG.exec(xml);
      if (!end || end[1] !== parent.tag) return 'The feed is not well-formed XML.';
      open.pop();
      if (open.length === 1) return parent;
      i = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = lt;
      const start = START_TAG.exec(xml);
      if (!start) return 'The feed is not well-formed XML.';
      const element = { tag: start[1], name: localName(start[1]), attributes: NO_ATTRIBUTES, children: [] };
      let at = START_TAG.lastIndex;
      for (let attribute; ((ATTRIBUTE.lastIndex = at), (attribute = ATTRIBUTE.exec(xml))); at = ATTRIBUTE.lastIndex) {
        if (element.attributes === NO_ATTRIBUTES) element.attributes = new Map();
        const name = localName(attribute[1]);
        if (!element.attributes.has(name)) element.attributes.set(name, decode(attribute[2] ?? attribute[3]));
      }
      START_TAG_END.lastIndex = at;
      const end = START_TAG_END.exec(xml);
      if (!end) return 'The feed is not well-formed XML.';
      if (++elements > MAX_ELEMENTS) return `The feed has over ${MAX_ELEMENTS} elements.`;
      parent.children.push(element);
      if (end[1] && parent === document) return element;
      if (!end[1] && open.push(element) > MAX_DEPTH) return `The feed is nested over ${MAX_DEPTH} deep.`;
      i = START_TAG_END.lastIndex;
    }
  }
  return 'The feed is not well-formed XML.';
}

const BLOCKS = new Set(['p', 'br', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'td']);
const HTML_TAG_NAME = /<\/?([a-z][a-z\d]*)/iy;

/**
 * The text of HTML source, in one pass: tags and comments go (a block's tags leave a space), and the references in the
 * text between them are decoded, once. The decoded text is never read as HTML again, so "&lt;b&gt;" ends as the
 * characters "<b>", which is what a browser shows for it. Like a browser, it keeps a "<" that starts no tag and drops
 * an unclosed tag or comment with the rest of the text.
 */
function htmlText(html) {
  const parts = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    parts.push(decode(html.slice(i, lt < 0 ? html.length : lt)));
    if (lt < 0) break;
    if (!/[a-z/!?]/i.test(html[lt + 1] ?? '')) {
      parts.push('<');
      i = lt + 1;
      continue;
    }
    let end = lt + 1;
    if (html.startsWith('<!--', lt)) {
      end = html.indexOf('-->', lt + 4) + 2;
      if (end < 2) break;
    } else {
      // The tag ends at the first ">" not inside a quoted attribute value (a quote opens one only just after an "=").
      for (let quote = '', afterEquals = false; end < html.length && (quote || html[end] !== '>'); end++) {
        const c = html[end];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") {
          if (afterEquals) quote = c;
        }
        if (!quote && c.trim()) afterEquals = c === '=';
      }
      if (end >= html.length) break;
      HTML_TAG_NAME.lastIndex = lt;
      if (BLOCKS.has(HTML_TAG_NAME.exec(html)?.[1].toLowerCase())) parts.push(' ');
    }
    i = end + 1;
  }
  return parts.join('');
}

/** The character data of `element` and of the elements inside it (a block one set apart by spaces), into `parts`. */
function gather(element, parts) {
  for (const child of element.children) {
    if (typeof child === 'string') {
      parts.push(child);
    } else {
      if (BLOCKS.has(child.name)) parts.push(' ');
      gather(child, parts);
    }
  }
  return parts;
}

/** The first child element of `element` named `name`. */
const child = (element, name) => element?.children.find((node) => typeof node !== 'string' && node.name === name);

/**
 * The text of `element`, whitespace collapsed. Its character data has been decoded once, as XML; `asHtml`, it is then
 * read as HTML source: stripped of tags, and its own references decoded, once. An element with elements inside (Atom's
 * type="xhtml") holds markup already, so its text is not read as HTML a second time.
 */
function textIn(element, asHtml) {
  const raw = gather(element, []).join('');
  const hasElements = element.children.some((node) => typeof node !== 'string');
  return (asHtml && !hasElements ? htmlText(raw) : raw).replace(/\s+/g, ' ').trim();
}

/** The text of the first child of `element` among `names` that has any (as HTML or not, see textIn), or undefined. */
function firstText(element, names, asHtml) {
  for (const name of names) {
    const found = child(element, name);
    const value = found && textIn(found, asHtml);
    if (value) return value;
  }
  return undefined;
}
const readHtml = (element, ...names) => firstText(element, names, true);
const readText = (element, ...names) => firstText(element, names, false);

/** The page an item or feed links to: RSS's <link>text</link>, Atom's <link rel="alternate" href>. */
function linkOf(element, base) {
  for (const link of element.children) {
    if (typeof link === 'string' || link.name !== 'link') continue;
    const href = link.attributes.get('href');
    if (href === undefined) {
      const text = textIn(link, false);
      if (text) return httpUrl(text, base);
    } else if ((link.attributes.get('rel') ?? 'alternate') === 'alternate') {
      return httpUrl(href, base);
    }
  }
  return undefined;
}

/** The time a date's text names, or NaN when it is not a date. */
const timeOf = (value) => (value && value.length <= 100 ? Date.parse(value) : NaN);

function shorten(value) {
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1).trimEnd()}…` : value;
}

/** Converts an RSS 2.0, RSS 1.0 or Atom document to the native feed; a string (the reason) when it cannot. */
function toNativeFeed(xml, feedUrl) {
  const root = parseXml(xml);
  if (typeof root === 'string') return root;
  if (!['rss', 'feed', 'rdf'].includes(root.name)) return 'The feed is not RSS or Atom.';
  // The channel's own fields are its children: no item, comment, CDATA section or <textInput> can lend it a title.
  const channel = root.name === 'feed' ? root : (child(root, 'channel') ?? root);
  const site = linkOf(channel, feedUrl);
  // RSS 2.0's image is in the channel; RSS 1.0's beside it.
  const image = [channel, root].map((parent) => readText(child(parent, 'image'), 'url')).find(Boolean);
  const author = {
    name: readHtml(channel, 'title') ?? new URL(site ?? feedUrl).host,
    url: site,
    avatar: httpUrl(image ?? readText(channel, 'icon', 'logo'), feedUrl),
    bio: readHtml(channel, 'description', 'subtitle'),
  };
  // RSS 2.0's items and Atom's entries are in the channel (feed); RSS 1.0's beside it.
  const items = [...new Set([channel, root])].flatMap((parent) =>
    parent.children.filter((node) => node.name === 'item' || node.name === 'entry'),
  );
  const posts = items.flatMap((item) => {
    const time = timeOf(readText(item, 'pubdate', 'published', 'updated', 'date'));
    const body = readHtml(item, 'title') ?? readHtml(item, 'description', 'summary', 'content');
    if (Number.isNaN(time) || !body) return [];
    const published = new Date(time).toISOString();
    const url = linkOf(item, feedUrl);
    const enclosure = child(item, 'enclosure')?.attributes;
    const media = /^image\//i.test(enclosure?.get('type') ?? '') ? httpUrl(enclosure.get('url'), feedUrl) : undefined;
    const id = readText(item, 'guid', 'id') ?? url ?? published;
    return [{ time, post: { id, url, text: shorten(body), published, media: media ? [{ url: media, alt: '' }] : [] } }];
  });
  posts.sort((a, b) => b.time - a.time);
  const links = site ? [{ network: 'website', label: new URL(site).host, url: site }] : [];
  return { version: 1, author, links, posts: posts.slice(0, MAX_POSTS).map(({ post }) => post) };
}

const failure = (message) => ({ status: 502, body: JSON.stringify({ error: message }) });

/** The body's text in the charset its Content-Type or XML declaration names (many older feeds are ISO-8859-1). */
function textOfBody(bytes, contentType) {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '') ?? /^<\?xml[^>]*encoding=["']([\w-]+)/.exec(bytes.toString('latin1', 0, 200));
  try {
    return new TextDecoder(declared?.[1] ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Fetches a feed, refusing bodies over MAX_BYTES, and converts it; resolves to { status, body } (the native JSON). */
async function convert(url) {
  // One deadline for every redirect and the whole body: a feed that trickles cannot hold a request open for longer.
  const signal = AbortSignal.timeout(10_000);
  let answer;
  for (let redirects = 0; ; redirects++) {
    answer = await fetch(url, {
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8' },
      redirect: 'manual', // fetch's own redirects would go anywhere, an internal address included
      signal,
    });
    if (!REDIRECTS.has(answer.status)) break;
    await answer.body?.cancel();
    const target = httpUrl(answer.headers.get('location'), url);
    // The target is not in the message: the list's owner knows it, and a reader has no business knowing it.
    if (!allowedTargets.has(target)) return failure('The feed redirected to a URL that is not on the allow-list.');
    if (redirects === MAX_REDIRECTS) return failure('The feed redirected too many times.');
    url = target;
  }
  if (!answer.ok || Number(answer.headers.get('content-length')) > MAX_BYTES) {
    await answer.body?.cancel();
    return failure(answer.ok ? 'The feed is over 2 MB.' : `The feed answered HTTP ${answer.status}.`);
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of answer.body ?? []) {
    size += chunk.length;
    // Leaving the loop cancels the body, which closes the connection: nothing more is downloaded.
    if (size > MAX_BYTES) return failure('The feed is over 2 MB.');
    chunks.push(chunk);
  }
  const feed = toNativeFeed(textOfBody(Buffer.concat(chunks), answer.headers.get('content-type')), url);
  return typeof feed === 'string' ? failure(feed) : { status: 200, body: JSON.stringify(feed) };
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
  let url;
  try {
    url = new URL(request.url, 'http://proxy').searchParams.get('url') ?? allowed[0];
  } catch {
    // A request target such as //[ is no URL; the error, unhandled, would end the process for every reader.
  }
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
