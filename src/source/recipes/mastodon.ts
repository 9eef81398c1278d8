// A Mastodon profile page, `https://<instance>/@user` or `/@user@other.host`, read through the instance's public API.
import { isRecord } from '../adapters/guards.js';
import { olderStatuses } from '../adapters/mastodon.js';
import { FeedError } from '../../errors.js';
import type { GetJson, ProfileSource } from './recipe.js';
import { firstCalls, type Profile } from '../../networks.js';

/** The API recipe for a Mastodon profile; `load` gives the Mastodon adapter `{ account, statuses, pinned }`. */
export function mastodonProfile(profile: Extract<Profile, { network: 'mastodon' }>): ProfileSource {
  const [lookup] = firstCalls(profile, 0);
  const api = `${profile.origin}/api/v1/accounts/`;
  return {
    format: 'mastodon',
    async load(getJson, count) {
      const account = await getJson(lookup);
      const id = isRecord(account) ? account.id : undefined;
      // An id goes into a path: one that could climb out of it (`..`) is no id.
      if (typeof id !== 'string' || !/^[\w-]+$/.test(id)) {
        throw new FeedError('invalid-shape', 'Expected the Mastodon account lookup to return an Account with a string "id".');
      }
      const statuses = `${api}${id}/statuses`;
      // Pinned posts are a bonus: the feed shows without them.
      const [latest, pinned] = await Promise.all([
        latestStatuses(getJson, statuses, count),
        getJson(`${statuses}?pinned=true`).catch(() => []),
      ]);
      return { input: { account, statuses: latest.statuses, pinned }, next: latest.next };
    },
  };
}

// Mastodon answers at most 40 statuses a page.
const PAGE = 40;

/**
 * Up to `count` latest statuses without replies, page after page (`max_id` below the last one) past Mastodon's 40,
 * and the call of the page after them.
 */
async function latestStatuses(getJson: GetJson, statuses: string, count: number): Promise<{ statuses: unknown; next?: string }> {
  let call = `${statuses}?limit=${Math.min(count, PAGE)}&exclude_replies=true`;
  let page = await getJson(call);
  const all: unknown[] = [];
  while (Array.isArray(page)) {
    all.push(...page);
    const next = olderStatuses(call, page);
    if (all.length >= count || !next) return { statuses: all, next };
    const url = new URL(next);
    url.searchParams.set('limit', String(Math.min(count - all.length, PAGE)));
    page = await getJson((call = url.href));
  }
  // Not a list: the adapter says what is wrong with it.
  return { statuses: all.length ? all : page };
}
