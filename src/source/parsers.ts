// The browser's parsers for what adapters read: HTML fragments and XML documents, inert (no browsing context: no
// script in them runs, no image loads), and allowed under Trusted Types through the widget's own policy.
import type { AdaptContext } from './adapters/context.js';

interface MarkupPolicy {
  createHTML(input: string): string;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: MarkupPolicy): MarkupPolicy };

/**
 * Under Trusted Types, `DOMParser` takes only TrustedHTML: the `social-feed` policy passes text through unchanged,
 * which is safe because it only ever reaches these inert documents, never the page. It is created as the module
 * loads, so no script that runs later can take the name first; where the page's policy refuses it, parsing fails
 * and the widget shows its error.
 */
const policy = ((): MarkupPolicy | undefined => {
  try {
    return (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy('social-feed', { createHTML: (input) => input });
  } catch {
    return undefined;
  }
})();

const markup = (text: string): string => (policy ? policy.createHTML(text) : text);

/** The browser's parsers: DOMParser documents have no browsing context, so their scripts never run and images never load. */
export const browserParsers: Pick<AdaptContext, 'parseHtml' | 'parseXml'> = {
  parseHtml: (html) => new DOMParser().parseFromString(markup(html), 'text/html'),
  // XML reads every line ending as a line feed (XML 1.0, 2.11); WebKit's parser keeps `\r` inside CDATA. The XML
  // declaration must come first, yet many feeds start with a line break or a byte order mark: they go, as every feed
  // reader drops them.
  parseXml: (xml) => new DOMParser().parseFromString(markup(xml.replace(/^[\s\uFEFF]+/, '').replace(/\r\n?/g, '\n')), 'application/xml'),
};
