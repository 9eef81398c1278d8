// Walking a syndication document: children by local name and namespace (prefixes are whatever the publisher chose),
// and URLs resolved against the `xml:base` in effect where they are written.
import { resolveUrl } from './guards.js';

const XML = 'http://www.w3.org/XML/1998/namespace';
/** Apple's podcast elements (`itunes:image`, `itunes:duration`). */
export const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
/** Media RSS (`media:content`, `media:thumbnail`, `media:rating`). */
export const MEDIA_RSS = 'http://search.yahoo.com/mrss/';

/** The children named `name` in namespace `ns`, by default the parent's own. */
export function kids(parent: Element | null | undefined, name: string, ns = parent?.namespaceURI): Element[] {
  return parent ? [...parent.children].filter((el) => el.localName === name && el.namespaceURI === ns) : [];
}

/** The first child named `name` in namespace `ns`, by default the parent's own. */
export function child(parent: Element | null | undefined, name: string, ns?: string | null): Element | undefined {
  return kids(parent, name, ns)[0];
}

/** The URL in an element's text or `attribute`, resolved against its `xml:base`. */
export function urlOf(el: Element | undefined, baseUrl: string, attribute?: string): string | undefined {
  return el && resolveUrl(attribute ? el.getAttribute(attribute) : el.textContent, baseOf(el, baseUrl));
}

/** The base URL in effect at `el`: each ancestor's `xml:base` resolves against the one above, the top against the feed's URL. */
export function baseOf(el: Element, baseUrl: string): string {
  const parent = el.parentElement ? baseOf(el.parentElement, baseUrl) : baseUrl;
  return resolveUrl(el.getAttributeNS(XML, 'base'), parent) ?? parent;
}

/** The `xml:lang` in effect at `el`. */
export function xmlLang(el: Element | null): string | undefined {
  return el ? el.getAttributeNS(XML, 'lang') || xmlLang(el.parentElement) : undefined;
}
