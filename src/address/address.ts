// What a site owner may put in `src`: a feed or API URL (relative to the page), a profile page URL, or the handle
// people actually know: `@user@instance` for a Mastodon account, `@name.bsky.social` or `@example.com` for Bluesky.
import { FeedError } from '../errors.js';
import { handlePage, profileOf } from '../networks.js';

/**
 * The absolute URL `src` stands for: a handle becomes its profile page, anything else resolves against `base`.
 * Throws `FeedError('invalid-address')` for what is neither a handle nor an http(s) URL.
 */
export function feedAddress(src: string, base: string): string {
  const page = handlePage(src);
  if (page) return page;
  let url: URL | undefined;
  try {
    // Tabs and newlines would be dropped silently by the parser, so `/\t/evil.example` would reach another host.
    if (!/[\x00-\x1f\x7f]/.test(src)) url = new URL(src, base);
  } catch {
    // Reported below, with every other address that is not one.
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && !src.startsWith('@')) return url.href;
  throw new FeedError('invalid-address', `Not a URL or handle: "${src}"`);
}

/** The address of `src`, or undefined when it is not one. */
export function tryFeedAddress(src: string, base: string): string | undefined {
  try {
    return feedAddress(src, base);
  } catch {
    return undefined;
  }
}

/** The profile page `src` stands for (a handle's, or a profile URL's), else undefined: a feed has none. */
export function profilePage(src: string, base: string): URL | undefined {
  const address = tryFeedAddress(src, base);
  const url = address ? new URL(address) : undefined;
  return url && profileOf(url) ? url : undefined;
}
