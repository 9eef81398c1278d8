import type { Feed } from '../../types.js';

/** What an adapter may use besides its input: no network, no globals. */
export interface AdaptContext {
  /** The absolute URL the response came from: relative URLs in it resolve against this. */
  baseUrl: string;
  /** Parses an HTML fragment into an inert document (nothing in it loads or runs). */
  parseHtml(html: string): Document;
  /** Parses XML (RSS, Atom); the document has a `parsererror` element when the text is not well-formed. */
  parseXml(xml: string): Document;
}

/** A pure normalizer from a parsed response (JSON value, or an XML Document for RSS/Atom) to a Feed. Throws `FeedError`. */
export type Adapter = (input: unknown, context: AdaptContext) => Feed;
