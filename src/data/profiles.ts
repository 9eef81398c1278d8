// Network profile pages the widget reads through the network's public API. Only a URL that looks like one loads
// the network's recipe (a file beside the widget), so other feeds never pay for them.
import { preloadAdapter } from '../adapters/index.js';
import type { FeedFormat } from '../types.js';
import type { GetJson, ProfileSource } from './profile-source.js';

const MASTODON_USER = /^\/@(\w[\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?)\/?$/;
// Sites that use `/@name` paths without being Mastodon instances.
const NOT_MASTODON = /(^|\.)(medium|youtube|tiktok|threads|substack)\.(com|net)$/;

/** The account lookup API URL of a Mastodon profile URL (`https://host/@user`, `/@user@other.host`), else undefined. */
export function mastodonLookup(url: URL): string | undefined {
  const user = MASTODON_USER.exec(url.pathname)?.[1];
  if (!user || !/^https?:$/.test(url.protocol) || NOT_MASTODON.test(url.hostname)) return undefined;
  return `${url.origin}/api/v1/accounts/lookup?acct=${user}`;
}

/**
 * The API recipe for a profile URL, when `format` is `auto` or that network's; undefined for any other URL. The
 * network's adapter and a Mastodon account lookup (through `getJson`, which the recipe then calls again for it) go
 * out while the recipe loads: each would otherwise wait one more round trip.
 */
export async function profileSource(url: URL, format: FeedFormat, getJson: GetJson): Promise<ProfileSource | undefined> {
  const bluesky = url.hostname === 'bsky.app' && url.pathname.startsWith('/profile/');
  const lookup = bluesky ? undefined : mastodonLookup(url);
  if (!bluesky && !lookup) return undefined;
  const network = bluesky ? 'bluesky' : 'mastodon';
  if (format !== 'auto' && format !== network) return undefined;
  const recipe = bluesky
    ? import('./bluesky-profile.js').then((module) => module.blueskyProfile(url))
    : import('./mastodon-profile.js').then((module) => module.mastodonProfile(url));
  // A failed lookup is the recipe's to report, when it asks for it.
  if (lookup) getJson(lookup).catch(() => undefined);
  preloadAdapter(network);
  return recipe;
}
