// A Mastodon profile page, `https://<instance>/@user` or `/@user@other.host`, read through the instance's public API.
import { isRecord } from '../adapters/guards.js';
import { FeedError } from '../../errors.js';
import type { GetJson, ProfileSource } from './recipe.js';
import { firstCalls, type Profile } from '../../networks.js';

/** The API recipe for a Mastodon profile; `load` returns the Mastodon adapter's `{ account, statuses, pinned }`. */
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
      return { account, statuses: latest, pinned };
    },
  };
}

// Mastodon answers at most 40 statuses a page.
const PAGE = 40;

/** Up to `count` latest statuses without replies, page after page (`max_id` below the last one) past Mastodon's 40. */
async function latestStatuses(getJson: GetJson, statuses: string, count: number): Promise<unknown> {
  let page = await getJson(`${statuses}?limit=${Math.min(count, PAGE)}&exclude_replies=true`);
  const all: unknown[] = [];
  while (Array.isArray(page)) {
    all.push(...page);
    const last: unknown = page.at(-1);
    const maxId = isRecord(last) && typeof last.id === 'string' && /^[\w-]+$/.test(last.id) ? last.id : undefined;
    if (page.length < PAGE || all.length >= count || !maxId) return all;
    page = await getJson(`${statuses}?limit=${Math.min(count - all.length, PAGE)}&exclude_replies=true&max_id=${maxId}`);
  }
  // Not a list: the adapter says what is wrong with it.
  return all.length ? all : page;
}
