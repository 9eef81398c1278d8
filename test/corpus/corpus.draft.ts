// Issue #14: feeds as they are in the wild. Every document of the real-world corpus (test/corpus/manifest.json: feeds
// and API responses written by others, kept as their original bytes) is served through msw to a real
// <social-feed format="auto">, and what the widget shows is compared with the test's own reading of the same bytes:
// its own charset decoding, its own DOMParser walk for XML, direct property access for JSON, its own date reader.
// Nothing here goes through the widget's fetching, decoding, parsing or adapters.
//
// A draft (named *.draft.ts, so the runner's *.test.ts glob skips it) until phase 2 makes it pass. To run it:
//   ENGINES=chromium npx wtr --files test/corpus/corpus.draft.ts --port 8107
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { startWorker, worker } from '../mocks/feed-handlers.js';

// ---------------------------------------------------------------------------------------------------------------
// The manifest

/** Which of the test's readers reads a document. */
type Reader = 'rss' | 'rdf' | 'atom' | 'jsonfeed' | 'mastodon' | 'bluesky' | 'twitter';

/** One corpus document, as test/corpus/manifest.json records it. */
interface CorpusDocument {
  file: string;
  format: string;
  reader: Reader;
  repo: string;
  path: string;
  commit: string;
  license: string;
  /** The Content-Type it is served with; a charset here is what the origin said. */
  type: string;
  /** `posts`: must render and match; `either`: a clear error is right too. */
  expect: 'posts' | 'either';
  exercises: string;
  /** Where it is served; else a URL under https://corpus.example/. */
  url?: string;
  /** Other addresses the same document is served at, each a case of its own. */
  alsoAt?: { url: string; exercises: string }[];
}

/** A network profile URL read through that network's API, its answers being corpus documents. */
interface CorpusProfile {
  network: 'mastodon';
  url: string;
  account: string;
  statuses: string;
  expect: 'posts' | 'either';
  exercises: string;
}

interface Manifest {
  documents: CorpusDocument[];
  profiles: CorpusProfile[];
}

/** One rendering to check: a document at an address, or a profile. */
interface Case {
  name: string;
  url: string;
  expect: 'posts' | 'either';
  exercises: string;
  doc: CorpusDocument;
  /** The profile whose API answers are served, for a profile case. */
  profile?: CorpusProfile;
}

const here = new URL('./', import.meta.url);
// The corpus's documents sit beside this file, or in the shared folder beside the clone (CI lays shared/ there).
// They are read from disk by the runner's read-file command: the dev server would decode every text file as UTF-8
// and hand back replacement characters for the ISO-8859-1, windows-1251 and GB2312 ones.
const ROOTS = ['./', '../../../shared/corpus/'];

const bytesCache = new Map<string, Promise<Uint8Array>>();

/** A corpus file's original bytes. */
function corpusBytes(file: string): Promise<Uint8Array> {
  let bytes = bytesCache.get(file);
  if (!bytes) {
    bytes = (async () => {
      for (const root of ROOTS) {
        const base64 = await readFile({ path: root + file, encoding: 'base64' });
        if (base64 !== undefined) return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      }
      throw new Error(`corpus file ${file} not found in ${ROOTS.join(' or ')}`);
    })();
    bytesCache.set(file, bytes);
  }
  return bytes;
}

async function loadManifest(): Promise<Manifest> {
  return (await fetch(new URL('manifest.json', here))).json() as Promise<Manifest>;
}

function casesOf(manifest: Manifest): Case[] {
  const cases: Case[] = [];
  for (const doc of manifest.documents) {
    const url = doc.url ?? `https://corpus.example/${doc.file}`;
    cases.push({ name: doc.file, url, expect: doc.expect, exercises: doc.exercises, doc });
    for (const also of doc.alsoAt ?? []) cases.push({ name: `${doc.file} at ${also.url}`, url: also.url, expect: doc.expect, exercises: also.exercises, doc });
  }
  for (const profile of manifest.profiles) {
    const doc = manifest.documents.find((d) => d.file === profile.statuses)!;
    cases.push({ name: `profile ${profile.url}`, url: profile.url, expect: profile.expect, exercises: profile.exercises, doc, profile });
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Decoding: the HTTP charset, then a byte order mark, then the XML declaration, then UTF-8

function charsetOf(type: string): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(type)?.[1];
}

/** The document's text, decoded the way the origin and the document declare. */
function decodeDocument(bytes: Uint8Array, type: string): string {
  let label = charsetOf(type);
  if (!label) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  }
  if (!label) {
    const head = String.fromCharCode(...bytes.subarray(0, 300));
    label = /^[\s\uFEFF]*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  }
  return new TextDecoder(label ?? 'utf-8').decode(bytes);
}

// ---------------------------------------------------------------------------------------------------------------
// The test's own reading

/** What a post should look like, read from the document. */
interface ExpectedPost {
  /** Position in the document. */
  index: number;
  /** Acceptable texts (plain text): the title, or the body for an untitled item, or a retweet's original. */
  texts: string[];
  /** Acceptable dates; empty when the item has none. */
  dates: Date[];
  /** The item has a date the test's reader could not read. */
  unreadableDate?: string;
  /** A date without a time (W3C-DTF `2019-08-27`): the widget may place it anywhere in that day. */
  dateOnly?: boolean;
  /** Acceptable permalinks; empty when the item has none. */
  links: string[];
  /** Or a permalink matching this. */
  linkPattern?: RegExp;
  /** Has an image the widget can show even without text. */
  hasImage?: boolean;
}

interface ExpectedFeed {
  /** The author's name as the document states it, when it states one. */
  author?: string;
  posts: ExpectedPost[];
}

const ATOM10 = 'http://www.w3.org/2005/Atom';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const kids = (el: Element | null | undefined, name: string, ns?: string): Element[] =>
  el ? [...el.children].filter((c) => c.localName === name && (ns === undefined || c.namespaceURI === ns)) : [];
const kid = (el: Element | null | undefined, name: string, ns?: string): Element | undefined => kids(el, name, ns)[0];
const textOf = (el: Element | undefined): string => el?.textContent?.trim() ?? '';

const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|figure|figcaption|section|article|header|footer|hr|dd|dt|dl)$/i;

/** The text a reader sees in an HTML fragment: block boundaries as line breaks, no scripts or styles. */
function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += node.nodeValue;
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (/^(script|style|template|noscript|head|title)$/i.test(el.localName)) return;
      if (BLOCK.test(el.localName)) out += '\n';
      el.childNodes.forEach(walk);
      if (BLOCK.test(el.localName)) out += '\n';
    }
  };
  doc.body.childNodes.forEach(walk);
  return out.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
}

/** Text that carries markup or entities (a title with `&lt;b&gt;`, double escaping) read as HTML; plain text as it is. */
function maybeHtml(text: string): string {
  return /<[a-z/!]|&(#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(text) ? htmlText(text) : text.trim();
}

/** The base URL in effect at an element: each xml:base resolved against its parent's, the top against the document. */
function baseAt(el: Element | null, documentUrl: string): string {
  if (!el) return documentUrl;
  const parent = baseAt(el.parentElement, documentUrl);
  const base = el.getAttributeNS(XML_NS, 'base');
  if (base === null) return parent;
  try {
    return new URL(base, parent).href;
  } catch {
    return parent;
  }
}

function resolve(url: string | null | undefined, base: string): string | undefined {
  if (!url?.trim()) return undefined;
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return undefined;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

/** A date as feed readers read them: W3C-DTF/RFC 3339 (a date alone, no seconds, no zone) and RFC 822 variants. */
export function readDate(raw: string | null | undefined): { date: Date; dateOnly: boolean } | undefined {
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value) return undefined;
  const iso = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s?(Z|[+-]\d\d(?::?\d\d)?)?)?)?)?$/i.exec(value);
  if (iso) {
    const [, y, mo = '01', d = '01', h, mi, s = '0', frac = '0', zone] = iso;
    const ms = Date.UTC(+y, +mo - 1, +d, h ? +h : 0, mi ? +mi : 0, +s, Math.round(Number(`0.${frac}`) * 1000));
    return valid(ms - zoneMinutes(zone) * 60_000, !h);
  }
  const rfc = /^(?:[a-z]{2,9}\.?,? )?(\d{1,2}) ([a-z]{3,9})\.? (\d{2,4})(?: (\d{1,2}):(\d\d)(?::(\d\d))?)?(?: ?([a-z]{1,5}|[+-]\d\d:?\d\d))?$/i.exec(value);
  if (rfc) {
    const [, d, monthName, yy, h, mi, s = '0', zone] = rfc;
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
    if (month < 0) return undefined;
    const year = yy.length === 2 ? (Number(yy) < 50 ? 2000 : 1900) + Number(yy) : Number(yy);
    const ms = Date.UTC(year, month, +d, h ? +h : 0, mi ? +mi : 0, +s);
    return valid(ms - zoneMinutes(zone) * 60_000, !h);
  }
  return undefined;
}

function zoneMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const offset = /^([+-])(\d\d):?(\d\d)?$/.exec(zone);
  if (offset) return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
  return (ZONES[zone.toLowerCase()] ?? 0) * 60;
}

function valid(ms: number, dateOnly: boolean): { date: Date; dateOnly: boolean } | undefined {
  return Number.isNaN(ms) ? undefined : { date: new Date(ms), dateOnly };
}

/** Dates of an item: the first element present decides (a present but unreadable date is reported as such). */
function itemDate(candidates: (Element | undefined)[]): Pick<ExpectedPost, 'dates' | 'unreadableDate' | 'dateOnly'> {
  const el = candidates.find((c) => textOf(c));
  if (!el) return { dates: [] };
  const read = readDate(textOf(el));
  return read ? { dates: [read.date], dateOnly: read.dateOnly } : { dates: [], unreadableDate: textOf(el) };
}

function parseXml(text: string): Document {
  // Whitespace or a byte order mark before the declaration is common in the wild; the reader tolerates it.
  const doc = new DOMParser().parseFromString(text.replace(/^[\s\uFEFF]+/, '').replace(/\r\n?/g, '\n'), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('the test reader cannot parse this XML');
  return doc;
}

function readRss(doc: Document, documentUrl: string): ExpectedFeed {
  const root = doc.documentElement;
  const channel = kid(root, 'channel');
  const items = [...kids(channel, 'item'), ...kids(root, 'item')];
  const author = maybeHtml(textOf(kid(channel, 'title'))) || undefined;
  return {
    author,
    posts: items.map((item, index) => {
      const base = baseAt(item, documentUrl);
      const title = maybeHtml(textOf(kids(item, 'title').find((t) => t.namespaceURI === item.namespaceURI)));
      const body = textOf(kid(item, 'description')) || textOf(kid(item, 'encoded', CONTENT));
      const link = resolve(textOf(kids(item, 'link').find((t) => t.namespaceURI === item.namespaceURI)), base);
      const guid = kid(item, 'guid');
      const guidLink = guid && guid.getAttribute('isPermaLink')?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(textOf(guid)) ? textOf(guid) : undefined;
      const about = item.getAttributeNS(RDF, 'about');
      const links = [link, resolve(guidLink, base), ...(link ? [] : [resolve(about, base)])].filter((l): l is string => !!l);
      const images = [...item.getElementsByTagName('*')].some(
        (el) => /^(enclosure|content|thumbnail)$/.test(el.localName) && /image|jpe?g|png|gif|webp/i.test(`${el.getAttribute('type')} ${el.getAttribute('medium')} ${el.getAttribute('url')}`),
      );
      return {
        index,
        texts: [title || htmlText(body)],
        ...itemDate([kid(item, 'pubDate'), kid(item, 'date', DC), kid(item, 'updated', ATOM10), kid(item, 'published', ATOM10)]),
        links: [...new Set(links)],
        hasImage: images,
      };
    }),
  };
}

/** Text of an Atom text construct: 1.0 `type` text/html/xhtml, 0.3 `mode` escaped/xml/base64. */
function atomText(el: Element | undefined): string {
  if (!el) return '';
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const mode = el.getAttribute('mode');
  if (type === 'xhtml' || mode === 'xml') return htmlText(new XMLSerializer().serializeToString(el).replace(/^<[^>]*>|<\/[^>]*>$/g, ''));
  if (mode === 'base64') return htmlText(atob(textOf(el)));
  return /html/.test(type) || mode === 'escaped' ? htmlText(el.textContent ?? '') : (el.textContent ?? '').trim();
}

function readAtom(doc: Document, documentUrl: string): ExpectedFeed {
  const root = doc.documentElement;
  const ns = root.namespaceURI ?? undefined;
  const author = textOf(kid(kid(root, 'author', ns), 'name', ns)) || undefined;
  return {
    author,
    posts: kids(root, 'entry', ns).map((entry, index) => {
      const alternate = kids(entry, 'link', ns).find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
      const link = alternate && resolve(alternate.getAttribute('href'), baseAt(alternate, documentUrl));
      const title = atomText(kid(entry, 'title', ns));
      const body = atomText(kid(entry, 'summary', ns) ?? kid(entry, 'content', ns));
      return {
        index,
        texts: [title || body],
        ...itemDate(['published', 'issued', 'updated', 'modified', 'created'].map((name) => kid(entry, name, ns))),
        links: link ? [link] : [],
        hasImage: entry.getElementsByTagNameNS('http://search.yahoo.com/mrss/', 'thumbnail').length > 0,
      };
    }),
  };
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function isoDates(...values: unknown[]): Pick<ExpectedPost, 'dates' | 'unreadableDate' | 'dateOnly'> {
  const present = values.map(str).filter(Boolean);
  const read = present.map(readDate).filter((d) => d !== undefined);
  if (!present.length) return { dates: [] };
  if (!read.length) return { dates: [], unreadableDate: present[0] };
  return { dates: read.map((d) => d.date), dateOnly: read.every((d) => d.dateOnly) };
}

function readJsonFeed(feed: Json, documentUrl: string): ExpectedFeed {
  const author = str(obj(arr(feed.authors)[0]).name) || str(obj(feed.author).name) || maybeHtml(str(feed.title)) || undefined;
  return {
    author,
    posts: arr(feed.items).map((value, index) => {
      const item = obj(value);
      const title = maybeHtml(str(item.title));
      const body = str(item.content_text) || htmlText(str(item.content_html)) || maybeHtml(str(item.summary));
      const first = str(item.date_published) ? isoDates(item.date_published) : isoDates(item.date_modified);
      return {
        index,
        texts: [title || body],
        ...first,
        links: [resolve(str(item.url), documentUrl), resolve(str(item.external_url), documentUrl)].filter((l): l is string => !!l),
        hasImage: !!str(item.image) || arr(item.attachments).some((a) => /^image\//.test(str(obj(a).mime_type))),
      };
    }),
  };
}

function readMastodon(statuses: unknown[], account?: Json): ExpectedFeed {
  const first = obj(statuses[0]);
  const owner = account ?? obj(first.account);
  return {
    author: str(owner.display_name) || str(owner.username) || undefined,
    posts: statuses.map((value, index) => {
      const status = obj(value);
      const shown = status.reblog ? obj(status.reblog) : status;
      return {
        index,
        texts: [htmlText(str(shown.content))],
        ...isoDates(status.created_at, shown.created_at),
        links: [str(shown.url), str(shown.uri), str(status.url), str(status.uri)].filter(Boolean),
        hasImage: arr(shown.media_attachments).length > 0,
      };
    }),
  };
}

function readBluesky(response: Json): ExpectedFeed {
  const items: Json[] = arr(response.feed).length ? arr(response.feed).map(obj) : arr(response.posts).map((post) => ({ post }));
  return {
    posts: items.map((item, index) => {
      const post = obj(item.post);
      const author = obj(post.author);
      const rkey = str(post.uri).split('/').pop();
      return {
        index,
        texts: [str(obj(post.record).text)],
        ...isoDates(obj(post.record).createdAt, post.indexedAt, obj(item.reason).indexedAt),
        links: [`https://bsky.app/profile/${str(author.handle)}/post/${rkey}`, `https://bsky.app/profile/${str(author.did)}/post/${rkey}`],
        hasImage: !!post.embed,
      };
    }),
  };
}

/** X escapes exactly &, < and > in `text`. */
const unescapeX = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function readTwitter(response: Json): ExpectedFeed {
  const tweets = arr(response.data).map(obj);
  const included = arr(obj(response.includes).tweets).map(obj);
  const users = arr(obj(response.includes).users).map(obj);
  const owner = users.find((u) => u.id === tweets[0]?.author_id);
  return {
    author: str(owner?.name) || undefined,
    posts: tweets.map((tweet, index) => {
      const refs = arr(tweet.referenced_tweets).map(obj);
      const retweeted = included.find((t) => refs.some((r) => r.type === 'retweeted' && r.id === t.id));
      const ids = [str(tweet.id), str(retweeted?.id)].filter(Boolean);
      return {
        index,
        texts: [unescapeX(str(tweet.text)), ...(retweeted ? [unescapeX(str(retweeted.text))] : [])],
        ...isoDates(tweet.created_at, retweeted?.created_at),
        links: [],
        linkPattern: new RegExp(`/status(es)?/(${ids.join('|')})$`),
        hasImage: !!obj(tweet.attachments).media_keys,
      };
    }),
  };
}

/** The test's reading of a document. */
function readDocument(doc: CorpusDocument, text: string, documentUrl: string): ExpectedFeed {
  switch (doc.reader) {
    case 'rss':
    case 'rdf':
      return readRss(parseXml(text), documentUrl);
    case 'atom':
      return readAtom(parseXml(text), documentUrl);
    case 'jsonfeed':
      return readJsonFeed(obj(JSON.parse(text)), documentUrl);
    case 'mastodon': {
      const json: unknown = JSON.parse(text);
      return readMastodon(Array.isArray(json) ? json : [json]);
    }
    case 'bluesky':
      return readBluesky(obj(JSON.parse(text)));
    case 'twitter':
      return readTwitter(obj(JSON.parse(text)));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Serving and rendering

interface RenderedPost {
  text: string;
  datetime?: string;
  timeText: string;
  link?: string;
  images: number;
}

interface Rendered {
  error?: { code?: string; name?: string; message?: string };
  alert?: string;
  author: string;
  /** Every visible text of the widget, for the markup, entity and date checks. */
  visible: string;
  posts: RenderedPost[];
}

const served = new Map<string, { body: Uint8Array; type: string }>();
const corpusHandler = http.get(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, ({ request }) => {
  const url = new URL(request.url);
  const hit = served.get(url.href) ?? served.get(`${url.origin}${url.pathname}`) ?? [...served.entries()].find(([key]) => key.endsWith('*') && url.href.startsWith(key.slice(0, -1)))?.[1];
  if (hit) return new HttpResponse(hit.body.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': hit.type } });
  // Images and anything else a feed names elsewhere answer at once, without leaving the machine.
  return new HttpResponse(null, { status: 404 });
});

/** Visible text of an element: text nodes, and the alt of images (custom emoji) in their place. */
function visibleText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += node.nodeValue;
    else if (node instanceof HTMLImageElement) out += node.alt;
    else if (node instanceof Element && !/^(style|script|template)$/i.test(node.localName)) node.childNodes.forEach(walk);
    else if (node instanceof DocumentFragment) node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

async function render(c: Case, limit: number, container: HTMLElement): Promise<Rendered> {
  const el = document.createElement('social-feed') as HTMLElement & { limit: number; showReplies: boolean; updateComplete: Promise<unknown> };
  el.setAttribute('format', 'auto');
  el.setAttribute('lang', 'en');
  el.limit = limit;
  el.showReplies = true;
  let error: Rendered['error'];
  el.addEventListener('social-feed-error', (event) => {
    const detail = (event as CustomEvent<{ error?: { code?: string; name?: string; message?: string } }>).detail;
    error = { code: detail?.error?.code, name: detail?.error?.name, message: detail?.error?.message };
  });
  let loaded = false;
  el.addEventListener('social-feed-load', () => (loaded = true));
  el.setAttribute('src', c.url);
  container.append(el);
  const started = performance.now();
  while (!loaded && !error && performance.now() - started < 15_000) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  const shadow = el.shadowRoot!;
  const part = (name: string) => [...shadow.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  const posts = part('post').map((article) => {
    const time = article.querySelector<HTMLTimeElement>('[part~="time"]');
    const permalink = article.querySelector<HTMLAnchorElement>('a[part~="permalink"]');
    const text = article.querySelector('[part~="text"]');
    return {
      text: text ? visibleText(text) : '',
      datetime: time?.getAttribute('datetime') ?? undefined,
      timeText: `${time?.textContent ?? ''} ${time?.getAttribute('title') ?? ''}`,
      link: permalink?.href,
      images: article.querySelectorAll('img[part~="media"]').length,
    };
  });
  const visible = visibleText(shadow) + [...shadow.querySelectorAll('[title]')].map((t) => ` ${t.getAttribute('title')}`).join('');
  const alert = shadow.querySelector('[role="alert"]')?.textContent?.trim();
  const result: Rendered = { error, alert, author: part('name')[0]?.textContent?.trim() ?? '', visible, posts };
  if (!loaded && !error) result.error = { code: 'test-timeout', message: 'neither social-feed-load nor social-feed-error within 15 s' };
  el.remove();
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing

/** Text reduced for comparison: URLs and link labels (which the widget shortens) dropped, then every space. */
function key(text: string): string {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => !/:\/\/|^(www\.)?[\w-]+(\.[\w-]+)+(\/\S*)?$|…$|\.\.\.$/i.test(word))
    .join('')
    .replace(/[\u200b-\u200f\u2060\ufe0f]/g, '');
}

const short = (text: string, n = 60) => JSON.stringify(text.length > n ? `${text.slice(0, n)}…` : text);
const MARKUP = /<\/?[a-z][\w-]*(\s[^<>]*)?\/?>/i;
const ENTITY = /&(#\d{2,7}|#x[\da-f]{2,6}|[a-z]{2,8});/i;
const DAY = 86_400_000;

/** Every way the rendering departs from the document, as sentences. */
function compare(c: Case, expected: ExpectedFeed, rendered: Rendered, limit: number): string[] {
  const problems: string[] = [];
  const visible = rendered.visible;
  if (MARKUP.test(visible)) problems.push(`raw markup shown: ${short(MARKUP.exec(visible)![0])}`);
  if (ENTITY.test(visible)) problems.push(`entity shown: ${short(visible.slice(Math.max(0, ENTITY.exec(visible)!.index - 20), ENTITY.exec(visible)!.index + 12))}`);
  if (visible.includes('\ufffd')) problems.push(`replacement character shown: ${short(visible.slice(Math.max(0, visible.indexOf('\ufffd') - 20), visible.indexOf('\ufffd') + 10))}`);
  if (/Invalid Date|NaN/.test(visible)) problems.push('"Invalid Date" or NaN shown');

  if (rendered.error) {
    const reason = `${rendered.error.code ?? '?'}: ${rendered.error.message ?? ''}`;
    if (c.expect === 'posts') problems.push(`error instead of posts (${reason})`);
    else if (!rendered.error.code || !rendered.error.message || !rendered.alert) problems.push(`unclear error (${reason}; alert ${short(rendered.alert ?? '')})`);
    return problems;
  }

  const showable = expected.posts.filter((p) => p.texts.some((t) => t.trim()) || p.hasImage);
  const want = Math.min(showable.length, limit);
  if (rendered.posts.length !== want) problems.push(`${rendered.posts.length} posts shown, ${want} expected (${expected.posts.length} items, ${expected.posts.filter((p) => !p.dates.length).length} without a readable date)`);

  if (expected.author && key(rendered.author) !== key(expected.author) && /atom|jsonfeed/.test(c.doc.reader)) {
    problems.push(`author ${short(rendered.author)} instead of ${short(expected.author)}`);
  }

  // Each expected post is found by its permalink, else by its text; then its text, date and link are checked.
  const used = new Set<number>();
  const matches: { want: ExpectedPost; got: RenderedPost; at: number }[] = [];
  const grouped = new Map<string, string[]>();
  const note = (what: string, example: string) => grouped.set(what, [...(grouped.get(what) ?? []), example]);
  for (const post of showable) {
    const keys = post.texts.map((t) => key(t).slice(0, 40)).filter(Boolean);
    const says = (r: RenderedPost) => keys.some((k) => key(r.text).includes(k));
    const byLink = rendered.posts.findIndex((r, i) => !used.has(i) && !!r.link && (post.links.includes(r.link) || !!post.linkPattern?.test(r.link)));
    const byText = keys.length ? rendered.posts.findIndex((r, i) => !used.has(i) && says(r)) : -1;
    const at = byLink >= 0 && (byText < 0 || !keys.length || says(rendered.posts[byLink])) ? byLink : byText;
    const label = `item ${post.index} ${short(post.texts[0], 40)}`;
    if (at < 0) {
      const why = post.unreadableDate ? 'unreadable date' : post.dates.length ? 'dated' : 'no date';
      note(`items not shown (${why})`, post.unreadableDate ? `${label}: date ${short(post.unreadableDate)}` : label);
      continue;
    }
    used.add(at);
    const got = rendered.posts[at];
    matches.push({ want: post, got, at });
    if (keys.length && !says(got)) note('text differs', `${label} shown as ${short(got.text, 40)}`);
    if (post.links.length || post.linkPattern) {
      if (!got.link) note('no permalink', `${label}, expected ${post.links[0] ?? post.linkPattern}`);
      else if (!post.links.includes(got.link) && !post.linkPattern?.test(got.link)) note('permalink differs', `${label}: ${got.link}, expected ${post.links[0] ?? post.linkPattern}`);
    }
    if (post.dates.length) {
      const shown = got.datetime ? Date.parse(got.datetime) : NaN;
      const slack = post.dateOnly ? 14 * 3600_000 : 1000;
      if (Number.isNaN(shown)) note('date not shown', `${label}, expected ${post.dates[0].toISOString()}`);
      else if (!post.dates.some((d) => Math.abs(d.getTime() - shown) <= slack)) note('date differs', `${label}: ${got.datetime}, expected ${post.dates[0].toISOString()}`);
    } else if (got.datetime && !post.unreadableDate) note('undated item shows a time', `${label}: ${got.datetime}`);
  }
  for (const [what, examples] of grouped) {
    problems.push(`${what}: ${examples.length} — ${examples.slice(0, 3).join('; ')}${examples.length > 3 ? '; …' : ''}`);
  }
  for (const post of rendered.posts) {
    if (!post.datetime) continue;
    const shown = Date.parse(post.datetime);
    if (Number.isNaN(shown)) problems.push(`unparsable datetime ${short(post.datetime)}`);
    else if (new Date(shown).getUTCFullYear() <= 1970) problems.push(`a 1970 date shown (${post.datetime})`);
    else if (shown > Date.now() + DAY) problems.push(`a future date shown (${post.datetime})`);
  }
  // Dated posts newest first; undated ones in document order.
  const byPosition = [...matches].sort((a, b) => a.at - b.at);
  const dated = byPosition.filter((m) => m.got.datetime).map((m) => Date.parse(m.got.datetime!));
  if (dated.some((t, i) => i > 0 && t > dated[i - 1] + 1000)) problems.push('dated posts not newest first');
  const undated = byPosition.filter((m) => !m.want.dates.length && !m.got.datetime).map((m) => m.want.index);
  if (undated.some((index, i) => i > 0 && index < undated[i - 1])) problems.push('undated posts not in document order');
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The suite

interface Outcome {
  problems: string[];
}

const manifest = await loadManifest();
const cases = casesOf(manifest);
const outcomes = new Map<string, Promise<Outcome>>();

/** Serves what a case needs and renders it; its problems, or the reason it could not be checked. */
async function check(c: Case, container: HTMLElement): Promise<Outcome> {
  const bytes = await corpusBytes(c.doc.file);
  const expectedOf = (text: string) => {
    try {
      return readDocument(c.doc, text, c.url);
    } catch (error) {
      return error as Error;
    }
  };
  let expected: ExpectedFeed | Error;
  if (c.profile) {
    const account = await corpusBytes(c.profile.account);
    const origin = new URL(c.url).origin;
    const accountJson = obj(JSON.parse(new TextDecoder().decode(account)));
    served.set(`${origin}/api/v1/accounts/lookup`, { body: account, type: 'application/json; charset=utf-8' });
    served.set(`${origin}/api/v1/accounts/${str(accountJson.id)}/statuses?pinned=true`, { body: new TextEncoder().encode('[]'), type: 'application/json; charset=utf-8' });
    served.set(`${origin}/api/v1/accounts/${str(accountJson.id)}/statuses*`, { body: bytes, type: c.doc.type });
    const statuses = JSON.parse(new TextDecoder().decode(bytes)) as unknown[];
    expected = readMastodon(statuses, accountJson);
  } else {
    served.set(c.url, { body: bytes, type: c.doc.type });
    expected = expectedOf(decodeDocument(bytes, c.doc.type));
  }
  const limit = Math.max(5, expected instanceof Error ? 5 : expected.posts.length);
  const rendered = await render(c, limit, container);
  if (expected instanceof Error) {
    // What the test cannot read, the widget may refuse, clearly.
    return { problems: rendered.error?.code && rendered.error.message ? [] : [`the test's reader failed (${expected.message}) and the widget did not end in a clear error`] };
  }
  return { problems: compare(c, expected, rendered, limit) };
}

describe('the real-world corpus (issue #14)', () => {
  before(async function () {
    this.timeout(120_000);
    await startWorker();
    worker.use(corpusHandler);
    const container = document.createElement('div');
    container.style.cssText = 'position:absolute;inline-size:320px;inset-inline-start:-10000px';
    document.body.append(container);
    // Side by side, a few at a time: each waits only on its own served response.
    const queue = [...cases];
    const runners = Array.from({ length: 8 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const outcome = check(c, container).catch((error: Error) => ({ problems: [`harness: ${error.message}`] }));
        outcomes.set(c.name, outcome);
        await outcome;
      }
    });
    await Promise.all(runners);
  });
  after(() => {
    worker.resetHandlers();
    worker.stop();
  });

  for (const c of cases) {
    it(`${c.name} (${c.doc.repo}) — ${c.exercises}`, async () => {
      const { problems } = await outcomes.get(c.name)!;
      expect(problems, `\n  CORPUS ${c.name}\n    - ${problems.join('\n    - ')}\n`).to.deep.equal([]);
    });
  }
});
