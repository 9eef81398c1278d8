// Network profile pages the widget reads through the network's public API. Bluesky's recipe is small and makes all
// its calls at once: it is part of the widget, so they go out with no file to wait for. Mastodon's pages through
// statuses and is a file beside the widget, loaded for Mastodon URLs only; its first call, the account lookup, goes
// out while that file loads.
import { preloadAdapter } from '../adapters/index.js';
import type { FeedFormat } from '../types.js';
import { blueskyProfile } from './bluesky-profile.js';
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
 * network's adapter, and a Mastodon account lookup through `getJson` (which gives the recipe that same request),
 * are asked for while the recipe loads: each would otherwise wait one more round trip.
 */
export async function profileSource(url: URL, format: FeedFormat, getJson: GetJson): Promise<ProfileSource | undefined> {
  const bluesky = blueskyProfile(url);
  const lookup = bluesky ? undefined : mastodonLookup(url);
  const network = bluesky ? 'bluesky' : lookup ? 'mastodon' : undefined;
  if (!network || (format !== 'auto' && format !== network)) return undefined;
  preloadAdapter(network);
  if (bluesky) return bluesky;
  const recipe = import('./mastodon-profile.js');
  // A failed lookup is the recipe's to report, when it asks for it.
  if (lookup) getJson(lookup).catch(() => undefined);
  return (await recipe).mastodonProfile(url);
}
