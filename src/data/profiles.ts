// Network profile pages the widget reads through the network's public API. Only a URL that looks like one loads
// the network's recipe (a file beside the widget), so other feeds never pay for them.
import { preloadAdapter } from '../adapters/index.js';
import type { FeedFormat } from '../types.js';
import type { ProfileSource } from './profile-source.js';

/** The API recipe for a profile URL, when `format` is `auto` or that network's; undefined for any other URL. */
export async function profileSource(url: URL, format: FeedFormat): Promise<ProfileSource | undefined> {
  const bluesky = url.hostname === 'bsky.app' && url.pathname.startsWith('/profile/');
  if (!bluesky && !url.pathname.startsWith('/@')) return undefined;
  const network = bluesky ? 'bluesky' : 'mastodon';
  if (format !== 'auto' && format !== network) return undefined;
  const recipe = bluesky
    ? import('./bluesky-profile.js').then((module) => module.blueskyProfile(url))
    : import('./mastodon-profile.js').then((module) => module.mastodonProfile(url));
  // The adapter travels with the recipe rather than after the API answers: one round trip fewer before the render.
  preloadAdapter(network);
  return recipe;
}
