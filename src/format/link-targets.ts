import { safeUrl } from './safe-url.js';

/** Where a post's @mentions and #hashtags link to; undefined leaves them as styled text. */
export interface LinkTargets {
  mention(handle: string): string | undefined;
  hashtag(tag: string): string | undefined;
}

const targets = (mention?: string, hashtag?: string): LinkTargets => ({
  // A remote Mastodon handle keeps its `@` readable: instances serve `/@user@other.host`.
  mention: (handle) => mention && mention + handle.split('@').map(encodeURIComponent).join('@'),
  hashtag: (tag) => hashtag && hashtag + encodeURIComponent(tag),
});

/** The link targets of the network the author's profile URL belongs to: X, Bluesky or a Mastodon-style instance. */
export function linkTargets(profileUrl: string | undefined): LinkTargets {
  const href = safeUrl(profileUrl);
  const url = href ? new URL(href) : undefined;
  const host = url?.hostname.replace(/^(?:www|mobile)\./, '');
  if (host === 'x.com' || host === 'twitter.com') return targets('https://x.com/', 'https://x.com/hashtag/');
  if (host === 'bsky.app') return targets('https://bsky.app/profile/', 'https://bsky.app/hashtag/');
  if (url && /^\/@[^/]+\/?$/.test(url.pathname)) return targets(`${url.origin}/@`, `${url.origin}/tags/`);
  return targets();
}
