// Loads one source: a network profile through its API, or an endpoint whose response an adapter normalizes.
import { adapt, preloadAdapter } from './adapters/index.js';
import { browserParsers } from './parsers.js';
import { FeedError } from '../errors.js';
import type { Feed, FeedFormat } from '../types.js';
import { fetchBody, parseJson, type FetchOptions, type Validators } from './fetch-body.js';
import { profileSource } from './profiles.js';

/** How to load a feed. */
export interface LoadOptions extends Omit<FetchOptions, 'validators'> {
  format: FeedFormat;
  /** How many posts to ask a network API for; 20 by default. */
  count?: number;
  /** The copy already held: a same-origin endpoint is asked only whether it changed. */
  previous?: Loaded;
}

/** A normalized feed and the validators of the response it came from. */
export interface Loaded extends Validators {
  feed: Feed;
}

/** Fetches and normalizes the source at `url` (relative to the page); throws `FeedError`, or the caller's `AbortError` when it aborts. */
export async function loadFeed(url: string, { format, count = 20, previous, ...fetchOptions }: LoadOptions): Promise<Loaded> {
  const absolute = new URL(url, document.baseURI);
  // One request per API URL in this load: a call made early, while a recipe loads, is the one the recipe gets.
  const calls = new Map<string, Promise<unknown>>();
  const getJson = (api: string): Promise<unknown> => {
    let call = calls.get(api);
    if (!call) calls.set(api, (call = fetchBody(api, fetchOptions).then(parseJson)));
    return call;
  };
  const profile = await profileSource(absolute, format, count, getJson);
  if (profile) {
    const { input, next } = await profile.load(getJson, count);
    const feed = await read(() => adapt(input, profile.format, { baseUrl: url, ...browserParsers }));
    return { feed: next ? { ...feed, next } : feed };
  }
  // Conditional headers are not CORS-safelisted: across origins they would force a preflight the server may refuse.
  const validators = previous && absolute.origin === location.origin ? previous : undefined;
  preloadAdapter(format, absolute);
  const body = await fetchBody(url, { ...fetchOptions, validators });
  if (body.notModified && previous) return previous;
  // XML when the format or the response says so; JSON otherwise, so a JSON error names the real problem.
  const xml = format === 'rss' || (format === 'auto' && (/xml/.test(body.type) || body.text.trimStart().startsWith('<')));
  const feed = await read(async () => adapt(xml ? browserParsers.parseXml(body.text) : parseJson(body), format, { baseUrl: body.url, ...browserParsers }));
  return { feed, etag: body.etag, lastModified: body.lastModified };
}

/** Parsing and adapting end in a FeedError whatever goes wrong (say, a page's Trusted Types refusing our policy). */
async function read(adapted: () => Promise<Feed>): Promise<Feed> {
  try {
    return await adapted();
  } catch (error) {
    throw error instanceof FeedError ? error : new FeedError('invalid-shape', `The response could not be read: ${String(error)}`);
  }
}
