// Profiles read through their network's public API. The first calls go out at once, while the file with the network's
// recipe and reader loads beside them: neither waits for the other.
import type { FeedFormat } from '../types.js';
import { lazy } from '../lazy.js';
import { firstCalls, profileOf } from '../networks.js';
import { preloadAdapter } from './adapters/index.js';
import type { GetJson, ProfileSource } from './recipes/recipe.js';

// Each recipe is in the file of its network's reader (rollup.config.mjs): one file, fetched beside the first calls.
const blueskyRecipe = lazy(() => import('./recipes/bluesky.js'));
const mastodonRecipe = lazy(() => import('./recipes/mastodon.js'));

/**
 * The API recipe for a profile URL, when `format` is `auto` or that network's; undefined for any other URL. Its first
 * calls are made through `getJson`, which hands the recipe these same requests.
 */
export async function profileSource(url: URL, format: FeedFormat, count: number, getJson: GetJson): Promise<ProfileSource | undefined> {
  const profile = profileOf(url);
  if (!profile || (format !== 'auto' && format !== profile.network)) return undefined;
  preloadAdapter(profile.network);
  // A failed call is the recipe's to report, when it asks for it.
  for (const call of firstCalls(profile, count)) getJson(call).catch(() => undefined);
  if (profile.network === 'bluesky') return (await blueskyRecipe()).blueskyProfile(profile);
  return (await mastodonRecipe()).mastodonProfile(profile);
}
