// Network profile pages the widget reads through the network's public API. Only a URL that looks like one loads
// the network's recipe (a file beside the widget), so other feeds never pay for them.
import type { FeedFormat } from '../types.js';
import type { ProfileSource } from './profile-source.js';

/** The API recipe for a profile URL, when `format` is `auto` or that network's; undefined for any other URL. */
export async function profileSource(url: URL, format: FeedFormat): Promise<ProfileSource | undefined> {
  const profile =
    url.hostname === 'bsky.app' && url.pathname.startsWith('/profile/')
      ? (await import('./bluesky-profile.js')).blueskyProfile(url)
      : url.pathname.startsWith('/@')
        ? (await import('./mastodon-profile.js')).mastodonProfile(url)
        : undefined;
  return profile && (format === 'auto' || format === profile.format) ? profile : undefined;
}
