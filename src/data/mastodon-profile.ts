// A Mastodon profile page, `https://<instance>/@user` or `/@user@other.host`, read through the instance's public API.
import { isRecord } from '../adapters/guards.js';
import { FeedError } from '../errors.js';
import type { ProfileSource } from './profile-source.js';

// Sites that use `/@name` paths without being Mastodon instances.
const NOT_MASTODON = /(^|\.)(medium|youtube|tiktok|threads|substack)\.(com|net)$/;

/** The API recipe for a Mastodon profile URL, else undefined; `load` returns the Mastodon adapter's `{ account, statuses, pinned }`. */
export function mastodonProfile(url: URL): ProfileSource | undefined {
  const user = /^\/@(\w[\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?)\/?$/.exec(url.pathname)?.[1];
  if (!user || !/^https?:$/.test(url.protocol) || NOT_MASTODON.test(url.hostname)) return undefined;
  const api = `${url.origin}/api/v1/accounts/`;
  return {
    format: 'mastodon',
    async load(getJson, count) {
      const account = await getJson(`${api}lookup?acct=${user}`);
      const id = isRecord(account) ? account.id : undefined;
      // An id goes into a path: one that could climb out of it (`..`) is no id.
      if (typeof id !== 'string' || !/^[\w-]+$/.test(id)) {
        throw new FeedError('invalid-shape', 'Expected the Mastodon account lookup to return an Account with a string "id".');
      }
      const statuses = `${api}${id}/statuses`;
      // Pinned posts are a bonus: the feed shows without them.
      const [latest, pinned] = await Promise.all([
        getJson(`${statuses}?limit=${count}&exclude_replies=true`),
        getJson(`${statuses}?pinned=true`).catch(() => []),
      ]);
      return { account, statuses: latest, pinned };
    },
  };
}
