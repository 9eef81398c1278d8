// Network profile pages the widget reads through the network's public API.
import type { FeedFormat } from '../types.js';
import { blueskyProfile } from './bluesky-profile.js';
import { mastodonProfile } from './mastodon-profile.js';
import type { ProfileSource } from './profile-source.js';

/** The API recipe for a profile URL, when `format` is `auto` or that network's; undefined for any other URL. */
export function profileSource(url: URL, format: FeedFormat): ProfileSource | undefined {
  const profile = blueskyProfile(url) ?? mastodonProfile(url);
  return profile && (format === 'auto' || format === profile.format) ? profile : undefined;
}
