import { linkBases } from '../networks.js';
import { safeUrl } from './safe-url.js';

/** Where a post's @mentions and #hashtags link to; undefined leaves them as styled text. */
export interface LinkTargets {
  mention(handle: string): string | undefined;
  hashtag(tag: string): string | undefined;
}

/** The link targets of the network the author's profile URL belongs to: X, Bluesky or a Mastodon-style instance. */
export function linkTargets(profileUrl: string | undefined): LinkTargets {
  const href = safeUrl(profileUrl);
  const { mention, hashtag } = linkBases(href ? new URL(href) : undefined);
  return {
    // A remote Mastodon handle keeps its `@` readable: instances serve `/@user@other.host`.
    mention: (handle) => mention && mention + handle.split('@').map(encodeURIComponent).join('@'),
    hashtag: (tag) => hashtag && hashtag + encodeURIComponent(tag),
  };
}
