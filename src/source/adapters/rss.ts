// RSS 2.0, RSS 1.0 (RDF) and Atom, read from the document `context.parseXml` made. Elements are matched by local name
// and namespace: RSS 2.0 has none, RSS 1.0 and Atom one each, and prefixes are whatever the publisher chose.
import { FeedError } from '../../errors.js';
import { htmlToTokens } from '../../format/html-text.js';
import type { Author, Media, Post, TextToken } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { ATOM, detectRss, documentOf, RDF } from './detect.js';
import { asDate, asIsoDate, asPositiveNumber, resolveUrl } from './guards.js';
import { newestFirst, plainText } from './normalize.js';
import { hostOf, itemText, siteLinks } from './syndication.js';

const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const XML = 'http://www.w3.org/XML/1998/namespace';
// RFC 822 as feeds write it (`Sun, 26 Mar 2017 18:09:00 +0200`, Bluesky's `26 Mar 2017 18:09 +0200`): checked before
// `Date` reads it, since Chrome's parser makes a date of almost any text. A zone is required: local time is a guess.
const RFC822 = /^([a-z]{3},\s*)?\d\d?\s+[a-z]{3}\s+(\d\d){1,2}\s+\d\d:\d\d(:\d\d)?\s+([+-]\d{4}|UTC?|GMT|Z|[ECMP][SD]T)$/i;

/** Normalizes an RSS or Atom document: the channel (Atom: the feed) is the author, its items (entries) the posts. */
export const adaptRss: Adapter = (input, context) => {
  const doc = documentOf(input);
  if (doc?.getElementsByTagNameNS('*', 'parsererror').length) throw new FeedError('invalid-shape', 'not well-formed XML');
  const root = doc?.documentElement;
  if (!root || !detectRss(doc)) {
    throw new FeedError('invalid-shape', `Expected an RSS 2.0, RSS 1.0 or Atom document${root ? `, not <${root.nodeName}>` : ''}.`);
  }
  const atom = root.namespaceURI === ATOM;
  const channel = atom ? root : [...root.children].find((el) => el.localName === 'channel');
  if (!channel) throw new FeedError('invalid-shape', 'Expected a <channel> element.');
  const ns = channel.namespaceURI;
  const site = atom ? linkOf(channel, context) : urlOf(child(channel, 'link'), context);
  const bio = itemText(undefined, body(child(channel, atom ? 'subtitle' : 'description'), context, !atom));
  const author: Author = {
    name:
      textOf(child(channel, 'title'), context) ??
      textOf(child(child(channel, 'author'), 'name'), context) ??
      hostOf(site ?? context.baseUrl),
    url: site,
    avatar:
      [child(child(channel, 'image'), 'url'), child(child(root, 'image', ns), 'url'), child(channel, 'icon'), child(channel, 'logo')]
        .map((el) => urlOf(el, context))
        .find(Boolean) ?? urlOf(child(channel, 'image', ITUNES), context, 'href'),
    bio: bio.text || undefined,
    bioContent: bio.content,
  };
  const lang = textOf(child(channel, 'language'), context) ?? textOf(child(channel, 'language', DC), context);
  const items = [...kids(channel, atom ? 'entry' : 'item'), ...kids(root, 'item', ns)];
  return {
    author,
    links: siteLinks(site, context.baseUrl),
    posts: newestFirst(items.flatMap((item) => readItem(item, lang, context) ?? [])),
  };
};

function readItem(item: Element, lang: string | undefined, context: AdaptContext): Post | undefined {
  const published = [child(item, 'published'), child(item, 'pubDate'), child(item, 'date', DC), child(item, 'updated')]
    .map(dateOf)
    .find(Boolean);
  if (!published) return undefined;
  const atom = item.namespaceURI === ATOM;
  const title = textOf(child(item, 'title'), context);
  const url = atom ? linkOf(item, context) : urlOf(child(item, 'link'), context);
  const content = child(item, 'summary') ?? child(item, 'content') ?? child(item, 'description') ?? child(item, 'encoded', CONTENT);
  const media = readMedia(item, title, context);
  const text = itemText(title, body(content, context, !atom));
  const post: Post = {
    id:
      textOf(child(item, 'guid'), context) ??
      textOf(child(item, 'id'), context) ??
      (item.getAttributeNS(RDF, 'about') || url) ??
      `${published.toISOString()} ${text.text}`,
    url,
    ...text,
    published,
    media,
    lang: xmlLang(item) ?? lang,
  };
  return post.text || media.length ? post : undefined;
}

/** Image enclosures and Media RSS images; Media RSS thumbnails (video posters) when there is no image. */
function readMedia(item: Element, title: string | undefined, context: AdaptContext): Media[] {
  const enclosures = [...kids(item, 'enclosure'), ...kids(item, 'link').filter((el) => el.getAttribute('rel') === 'enclosure')];
  // A type, when given, must be an image: Mastodon marks its silent MP4 "GIFs" `medium="image"`.
  const images = [...enclosures, ...item.getElementsByTagNameNS(MEDIA, 'content')].filter((el) => {
    const type = el.getAttribute('type');
    return type ? /^image\//i.test(type) : el.getAttribute('medium') === 'image';
  });
  const found = images.length ? images : [...item.getElementsByTagNameNS(MEDIA, 'thumbnail')];
  const media = new Map<string, Media>();
  for (const el of found) {
    const url = urlOf(el, context, el.hasAttribute('href') ? 'href' : 'url');
    const description = child(el, 'description', MEDIA) ?? child(el.parentElement, 'description', MEDIA);
    const size = (name: string) => asPositiveNumber(Number(el.getAttribute(name)));
    const alt = textOf(description, context) ?? title ?? '';
    if (url && !media.has(url)) media.set(url, { url, alt, width: size('width'), height: size('height') });
  }
  return [...media.values()];
}

/** An element's content: rich text when it holds markup (Atom `type="html"`/`"xhtml"`, an RSS description), else plain text. */
function body(el: Element | undefined, context: AdaptContext, html = false): string | TextToken[] | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type') ?? (html ? 'html' : 'text');
  const source = type === 'xhtml' ? el.innerHTML : (el.textContent ?? '');
  // Plain-text descriptions (Bluesky's) keep their line breaks: only text with tags or entities is read as HTML.
  return /html/.test(type) && /<[a-z/!]|&#?\w+;/i.test(source) ? htmlToTokens(source, context, baseOf(el, context.baseUrl)) : source;
}

/** An element's text on one line (a title, a name), or undefined when empty. */
function textOf(el: Element | undefined, context: AdaptContext): string | undefined {
  const value = body(el, context);
  return (typeof value === 'string' ? value : plainText(value ?? [])).replace(/\s+/g, ' ').trim() || undefined;
}

/** The URL in an element's text or `attribute`, resolved against its `xml:base`. */
function urlOf(el: Element | undefined, context: AdaptContext, attribute?: string): string | undefined {
  return el && resolveUrl(attribute ? el.getAttribute(attribute) : el.textContent, baseOf(el, context.baseUrl));
}

/** An Atom element's `alternate` link (the default relation). */
function linkOf(el: Element, context: AdaptContext): string | undefined {
  return urlOf(kids(el, 'link').find((link) => (link.getAttribute('rel') || 'alternate') === 'alternate'), context, 'href');
}

function dateOf(el: Element | undefined): Date | undefined {
  const value = el?.textContent?.trim();
  return asIsoDate(value) ?? (value && RFC822.test(value) ? asDate(value) : undefined);
}

/** The base URL in effect at `el`: each ancestor's `xml:base` resolves against the one above, the top against the feed's URL. */
function baseOf(el: Element, baseUrl: string): string {
  const parent = el.parentElement ? baseOf(el.parentElement, baseUrl) : baseUrl;
  return resolveUrl(el.getAttributeNS(XML, 'base'), parent) ?? parent;
}

function xmlLang(el: Element | null): string | undefined {
  return el ? el.getAttributeNS(XML, 'lang') || xmlLang(el.parentElement) : undefined;
}

/** The children named `name` in namespace `ns`, by default the parent's own. */
function kids(parent: Element | null | undefined, name: string, ns = parent?.namespaceURI): Element[] {
  return parent ? [...parent.children].filter((el) => el.localName === name && el.namespaceURI === ns) : [];
}

function child(parent: Element | null | undefined, name: string, ns?: string | null): Element | undefined {
  return kids(parent, name, ns)[0];
}
