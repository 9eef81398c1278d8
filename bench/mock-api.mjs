// Answers the network APIs the libraries call (Bluesky's AppView, a Mastodon instance) from bench/feeds.mjs, the
// way those servers shape their answers: JSON, CORS open, Mastodon's 40-post page cap with a `Link` to the next page.
import {
  HOSTS,
  benchFeed,
  blueskyAuthorFeed,
  blueskyProfile,
  mastodonAccount,
  mastodonStatuses,
  parseBlueskyHandle,
  parseMastodonId,
  parseMastodonUser,
} from './feeds.mjs';

/** Mastodon's largest page of statuses: asking for more still returns 40. */
export const MASTODON_PAGE_CAP = 40;
const BLUESKY_LIMIT_CAP = 100;

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'Link',
};

const json = (body, headers = {}) => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8', ...CORS, ...headers },
  body: JSON.stringify(body),
});
const notFound = () => ({ status: 404, headers: { 'content-type': 'application/json', ...CORS }, body: '{"error":"not found"}' });

/** Builds `answer(url, method)`: the response of a mocked API host, or undefined for any other host. */
export function createMockApi({ now, origin }) {
  const feed = ({ widget, count }) => benchFeed(widget, count, now, origin);

  function bluesky(url) {
    const who = parseBlueskyHandle(url.searchParams.get('actor'));
    if (!who) return notFound();
    if (url.pathname === '/xrpc/app.bsky.actor.getProfile') return json(blueskyProfile(feed(who)));
    if (url.pathname === '/xrpc/app.bsky.feed.getAuthorFeed') {
      const limit = Math.min(BLUESKY_LIMIT_CAP, Number(url.searchParams.get('limit') ?? 50));
      return json(blueskyAuthorFeed(feed(who), limit));
    }
    return notFound();
  }

  function mastodon(url) {
    if (url.pathname === '/api/v1/custom_emojis') return json([]);
    if (url.pathname === '/api/v1/accounts/lookup') {
      const who = parseMastodonUser(url.searchParams.get('acct'));
      return who ? json(mastodonAccount(feed(who))) : notFound();
    }
    const match = /^\/api\/v1\/accounts\/(\d+)\/statuses$/.exec(url.pathname);
    const who = match && parseMastodonId(match[1]);
    if (!who) return notFound();
    if (url.searchParams.get('pinned') === 'true') return json([]);
    const limit = Math.min(MASTODON_PAGE_CAP, Number(url.searchParams.get('limit') ?? 20));
    const all = feed(who);
    const page = mastodonStatuses(all, limit, url.searchParams.get('max_id') ?? undefined);
    const last = page.at(-1);
    const more = last && mastodonStatuses(all, 1, last.id).length > 0;
    const next = new URL(url);
    next.searchParams.set('max_id', last?.id ?? '0');
    return json(page, more ? { link: `<${next}>; rel="next"` } : {});
  }

  return function answer(url, method = 'GET') {
    const isBluesky = HOSTS.bluesky.includes(url.hostname);
    if (!isBluesky && url.hostname !== HOSTS.mastodon) return undefined;
    if (method === 'OPTIONS') return { status: 204, headers: CORS, body: '' };
    return isBluesky ? bluesky(url) : mastodon(url);
  };
}
