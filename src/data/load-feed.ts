// Loads one source: a network profile through its API, or an endpoint whose response an adapter normalizes.
import { adapt } from '../adapters/index.js';
import { browserParsers } from '../adapters/context.js';
import type { Feed, FeedFormat } from '../types.js';
import { fetchBody, parseJson, type FetchOptions } from './fetch-body.js';
import { profileSource } from './profiles.js';

/** How to load a feed. */
export interface LoadOptions extends FetchOptions {
  format: FeedFormat;
  /** How many posts to ask a network API for; 20 by default. */
  count?: number;
}

/** Fetches and normalizes the source at `url` (relative to the page); throws `FeedError`, or the caller's `AbortError` when it aborts. */
export async function loadFeed(url: string, { format, count = 20, ...fetchOptions }: LoadOptions): Promise<Feed> {
  const profile = profileSource(new URL(url, document.baseURI), format);
  if (profile) {
    const input = await profile.load(async (api) => parseJson(await fetchBody(api, fetchOptions)), count);
    return adapt(input, profile.format, { baseUrl: url, ...browserParsers });
  }
  const body = await fetchBody(url, fetchOptions);
  // XML when the format or the response says so; JSON otherwise, so a JSON error names the real problem.
  const xml = format === 'rss' || (format === 'auto' && (/xml/.test(body.type) || body.text.trimStart().startsWith('<')));
  const input = xml ? browserParsers.parseXml(body.text) : parseJson(body);
  return adapt(input, format, { baseUrl: body.url, ...browserParsers });
}
