// RSS 2.0 and 0.9x, RSS 1.0 (RDF) and Atom (1.0 and 0.3), read from the document `context.parseXml` made. Elements
// are matched by local name and namespace: RSS 2.0 has none (or UserLand's), RSS 1.0 and Atom one each, and prefixes
// are whatever the publisher chose.
import { FeedError } from '../../errors.js';
import { htmlToTokens } from '../../format/html-text.js';
import type { Author, Post, TextToken } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { ATOM, ATOM03, detectRss, documentOf, RDF } from './detect.js';
import { asFeedDate } from './feed-date.js';
import { newestFirst, plainText } from './normalize.js';
import { readAttachments } from './rss-media.js';
import { hostOf, itemText, olderPage, siteLinks } from './syndication.js';
import { distinctIds, lineOf } from './tolerant.js';
import { baseOf, child, ITUNES, kids, urlOf, xmlLang } from './xml.js';

const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
// An item's date: when it was published, else when it was last changed (Atom 0.3: issued, modified, created).
const DATES: [string, string?][] = [['published'], ['issued'], ['pubDate'], ['date', DC], ['updated'], ['modified'], ['created']];

const isAtom = (el: Element) => el.namespaceURI === ATOM || el.namespaceURI === ATOM03;

/** Normalizes an RSS or Atom document: the channel (Atom: the feed) is the author, its items (entries) the posts. */
export const adaptRss: Adapter = (input, context) => {
  const doc = documentOf(input);
  if (doc?.getElementsByTagNameNS('*', 'parsererror').length) throw new FeedError('invalid-shape', 'not well-formed XML');
  const root = doc?.documentElement;
  if (!root || !detectRss(doc)) {
    throw new FeedError('invalid-shape', `Expected an RSS 2.0, RSS 1.0 or Atom document${root ? `, not <${root.nodeName}>` : ''}.`);
  }
  const atom = isAtom(root);
  const channel = atom ? root : [...root.children].find((el) => el.localName === 'channel');
  if (!channel) throw new FeedError('invalid-shape', 'Expected a <channel> element.');
  const ns = channel.namespaceURI;
  const site = atom ? linkOf(channel, context) : urlOf(child(channel, 'link'), context.baseUrl);
  const bio = itemText(undefined, body(child(channel, atom ? 'subtitle' : 'description') ?? child(channel, 'tagline'), context, !atom));
  const author: Author = {
    // An Atom feed names its author; the title names the blog, which is what an RSS channel has.
    name: titleOf(child(child(channel, 'author'), 'name'), context) ?? titleOf(child(channel, 'title'), context) ?? hostOf(site ?? context.baseUrl),
    url: site,
    avatar:
      [child(child(channel, 'image'), 'url'), child(child(root, 'image', ns), 'url'), child(channel, 'icon'), child(channel, 'logo')]
        .map((el) => urlOf(el, context.baseUrl))
        .find(Boolean) ?? urlOf(child(channel, 'image', ITUNES), context.baseUrl, 'href'),
    bio: bio.text || undefined,
    bioContent: bio.content,
  };
  const lang = textOf(child(channel, 'language'), context) ?? textOf(child(channel, 'language', DC), context);
  const items = [...kids(channel, atom ? 'entry' : 'item'), ...kids(root, 'item', ns)];
  // A paged feed (RFC 5005) links its older entries: Atom's own link, or an atom:link in an RSS channel.
  const next = kids(channel, 'link', ATOM).find((link) => link.getAttribute('rel') === 'next');
  return {
    author,
    links: siteLinks(site, context.baseUrl),
    posts: newestFirst(distinctIds(items.flatMap((item) => readItem(item, lang, context) ?? []))),
    next: olderPage(urlOf(next, context.baseUrl, 'href'), context.baseUrl),
  };
};

function readItem(item: Element, lang: string | undefined, context: AdaptContext): Post | undefined {
  // A date is optional in RSS: an item without one, or with one nobody can read, is kept, undated.
  const published = DATES.map(([name, ns]) => asFeedDate(child(item, name, ns)?.textContent)).find(Boolean);
  const atom = isAtom(item);
  const title = titleOf(child(item, 'title'), context);
  const guid = child(item, 'guid');
  const url = atom ? linkOf(item, context) : (urlOf(child(item, 'link'), context.baseUrl) ?? permalinkOf(guid, context));
  const content = child(item, 'summary') ?? child(item, 'content') ?? child(item, 'description') ?? child(item, 'encoded', CONTENT);
  const attachments = readAttachments(item, title, context);
  const text = itemText(title, body(content, context, !atom));
  const post: Post = {
    id:
      textOf(guid, context) ??
      textOf(child(item, 'id'), context) ??
      (item.getAttributeNS(RDF, 'about') || url) ??
      `${published?.toISOString() ?? ''} ${text.text}`,
    url,
    ...text,
    published,
    ...attachments,
    lang: xmlLang(item) ?? lang,
  };
  return post.text || post.media.length ? post : undefined;
}

/**
 * An element's content: rich text when it holds markup (Atom `type="html"`/`"xhtml"`, an RSS description), else plain
 * text. Atom 0.3 gives a MIME type (`text/html`, `application/xhtml+xml`) and a `mode`: `xml` (inline markup),
 * `escaped` or `base64`.
 */
function body(el: Element | undefined, context: AdaptContext, html = false): string | TextToken[] | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type')?.toLowerCase() ?? (html ? 'html' : 'text');
  const mode = el.getAttribute('mode');
  const source =
    type === 'xhtml' || (mode === 'xml' && /html/.test(type)) ? el.innerHTML : mode === 'base64' ? fromBase64(el.textContent) : (el.textContent ?? '');
  // Plain-text descriptions (Bluesky's) keep their line breaks: only text with tags or entities is read as HTML.
  return /html/.test(type) && /<[a-z/!]|&#?\w+;/i.test(source) ? htmlToTokens(source, context, baseOf(el, context.baseUrl)) : source;
}

/** A title or a name on one line, as the text a browser would show of it whatever its type: no markup, no entity. */
function titleOf(el: Element | undefined, context: AdaptContext): string | undefined {
  return lineOf(el?.textContent, context);
}

/** Base64 text (Atom 0.3 `mode="base64"`) decoded as UTF-8; nothing when it is not base64. */
function fromBase64(text: string | null): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob((text ?? '').replace(/\s+/g, '')), (char) => char.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** An element's text on one line (an id, a language), or undefined when empty. */
function textOf(el: Element | undefined, context: AdaptContext): string | undefined {
  const value = body(el, context);
  return (typeof value === 'string' ? value : plainText(value ?? [])).replace(/\s+/g, ' ').trim() || undefined;
}

/** An Atom element's `alternate` link (the default relation). */
function linkOf(el: Element, context: AdaptContext): string | undefined {
  return urlOf(kids(el, 'link').find((link) => (link.getAttribute('rel') || 'alternate') === 'alternate'), context.baseUrl, 'href');
}

/**
 * An RSS guid as the item's permalink, as RSS 2.0 defines it: unless `isPermaLink="false"`, the guid is the item's URL.
 * Without the attribute, only an http(s) URL is taken, since many feeds put other identifiers there.
 */
function permalinkOf(guid: Element | undefined, context: AdaptContext): string | undefined {
  const permalink = guid?.getAttribute('isPermaLink')?.trim().toLowerCase();
  return permalink === 'true' || (permalink === undefined && /^\s*https?:\/\//i.test(guid?.textContent ?? '')) ? urlOf(guid, context.baseUrl) : undefined;
}
