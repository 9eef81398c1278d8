// Which adapter reads a response: cheap shape tests, so that format="auto" loads only the one adapter a feed needs.
// Each adapter also uses its own to refuse what it cannot read.
import { DID } from '../../networks.js';
import type { FeedFormat } from '../../types.js';
import { asArray, isRecord } from './guards.js';
import { isNativeFeed } from './native.js';

/** A format with an adapter. */
export type AdapterFormat = Exclude<FeedFormat, 'auto'>;

/** The Atom namespace. */
export const ATOM = 'http://www.w3.org/2005/Atom';
/** The namespace of Atom 0.3, the draft that Blogger, ROME and feedparser still read. */
export const ATOM03 = 'http://purl.org/atom/ns#';
/** The RDF namespace of RSS 1.0. */
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const FEED_ROOTS = [`${ATOM} feed`, `${ATOM03} feed`, `${RDF} RDF`];
// JSON Feed's version URL as publishers write it: over http or https, with or without `www.` or a trailing slash.
const JSON_FEED_VERSION = /^\s*https?:\/\/(www\.)?jsonfeed\.org\/version\/\d+(\.\d+)?\/?\s*$/i;

/** The value's `key` when the value is a plain object. */
const at = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);
/** The value when it is a string, else an empty one: `String()` throws on an object such as `{"toString": 1}`. */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The input when it is a parsed document (JSON never holds functions, so no JSON value passes). */
export function documentOf(input: unknown): Document | undefined {
  return typeof (input as Document | null)?.getElementsByTagNameNS === 'function' ? (input as Document) : undefined;
}

/**
 * True for an XML document whose root is RSS `rss` (0.9x and 2.0, in no namespace or any: UserLand's
 * `http://backend.userland.com/rss2`), Atom `feed` (1.0 or 0.3) or RSS 1.0 `rdf:RDF`.
 */
export function detectRss(input: unknown): boolean {
  const root = documentOf(input)?.documentElement;
  return !!root && (root.localName === 'rss' || FEED_ROOTS.includes(`${root.namespaceURI ?? ''} ${root.localName}`));
}

/** True for an object whose `version` is a JSON Feed version URL (`https://jsonfeed.org/version/1.1`, `http://jsonfeed.org/version/1`). */
export function detectJsonFeed(input: unknown): boolean {
  return isRecord(input) && typeof input.version === 'string' && JSON_FEED_VERSION.test(input.version);
}

/** True for `{ account, statuses }` or an array whose first item is a Status (it has an `account` and a `content`). */
export function detectMastodon(input: unknown): boolean {
  if (isRecord(input)) return isRecord(input.account) && Array.isArray(input.statuses);
  const first: unknown = Array.isArray(input) ? input[0] : undefined;
  return isRecord(first) && isRecord(first.account) && 'content' in first;
}

/** True for an author feed (`feed` of at:// posts) or the profile loader's `{ profile, feed }`. */
export function detectBluesky(input: unknown): boolean {
  const feed = at(input, 'feed');
  return (
    Array.isArray(feed) &&
    (DID.test(text(at(at(input, 'profile'), 'did'))) || feed.some((item) => text(at(at(item, 'post'), 'uri')).startsWith('at://')))
  );
}

/** True for an X API v2 timeline, empty timeline or X API problem payload. */
export function detectTwitter(input: unknown): boolean {
  if (!isRecord(input)) return false;
  const [tweet] = asArray(input.data);
  const [error] = asArray(input.errors);
  return (
    (isRecord(tweet) && typeof tweet.id === 'string' && typeof tweet.text === 'string') ||
    (isRecord(input.meta) && typeof input.meta.result_count === 'number') ||
    (isRecord(error) && /\/2\/problems\//.test(text(error.type)))
  );
}

const DETECTORS: [AdapterFormat, (input: unknown) => boolean][] = [
  ['native', isNativeFeed],
  ['rss', detectRss],
  ['jsonfeed', detectJsonFeed],
  ['mastodon', detectMastodon],
  ['bluesky', detectBluesky],
  ['twitter', detectTwitter],
];

/** The format `input` (parsed JSON, or an XML Document) looks like, or undefined when none fits. */
export function detectFormat(input: unknown): AdapterFormat | undefined {
  return DETECTORS.find(([, detect]) => detect(input))?.[0];
}
