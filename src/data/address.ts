// What a site owner may put in `src`: a feed or API URL (relative to the page), a profile page URL, or the handle
// people actually know: `@user@instance` for a Mastodon account, `@name.bsky.social` or `@example.com` for Bluesky.
import { FeedError } from '../errors.js';

const DOMAIN = String.raw`[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)+`;
const MASTODON_HANDLE = new RegExp(String.raw`^@(\w[\w.-]*)@(${DOMAIN})$`, 'i');
const BLUESKY_HANDLE = new RegExp(`^@(${DOMAIN})$`, 'i');

/**
 * The absolute URL `src` stands for: a handle becomes its profile page, anything else resolves against `base`.
 * Throws `FeedError('invalid-address')` for what is neither a handle nor an http(s) URL.
 */
export function feedAddress(src: string, base: string): string {
  const mastodon = MASTODON_HANDLE.exec(src);
  if (mastodon) return `https://${mastodon[2].toLowerCase()}/@${mastodon[1]}`;
  const bluesky = BLUESKY_HANDLE.exec(src);
  if (bluesky) return `https://bsky.app/profile/${bluesky[1].toLowerCase()}`;
  let url: URL | undefined;
  try {
    // Tabs and newlines would be dropped silently by the parser, so `/\t/evil.example` would reach another host.
    if (!/[\x00-\x1f\x7f]/.test(src)) url = new URL(src, base);
  } catch {
    // Reported below, with every other address that is not one.
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && !src.startsWith('@')) return url.href;
  throw new FeedError('invalid-address', `"${src}" is not a feed or profile address: expected a URL, @user@instance or @handle.bsky.social.`);
}

/** The address of `src`, or undefined when it is not one. */
export function tryFeedAddress(src: string, base: string): string | undefined {
  try {
    return feedAddress(src, base);
  } catch {
    return undefined;
  }
}

/** The profile page `src` stands for (a handle's, or a profile URL: `https://host/@user`, bsky.app/profile/…), else undefined. */
export function profilePage(src: string, base: string): URL | undefined {
  const address = tryFeedAddress(src, base);
  const url = address ? new URL(address) : undefined;
  const profile = url?.hostname === 'bsky.app' ? /^\/profile\/[^/]+\/?$/ : /^\/@[^/]+\/?$/;
  return url && profile.test(url.pathname) ? url : undefined;
}
