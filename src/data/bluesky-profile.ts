// A bsky.app profile page, read through Bluesky's public AppView: no account or token needed.
import { isRecord } from '../adapters/guards.js';
import { FeedError } from '../errors.js';
import type { ProfileSource } from './profile-source.js';

const XRPC = 'https://public.api.bsky.app/xrpc/';
// A handle (a domain name) or a DID, as bsky.app puts either in its profile URLs.
const ACTOR = /^(?:did:[a-z]+:[\w.:-]+|[a-z\d-]+(?:\.[a-z\d-]+)+)$/i;

/** The source of `https://bsky.app/profile/<handle or did>`: the profile and its latest posts without replies, pinned post included. */
export function blueskyProfile(url: URL): ProfileSource | undefined {
  const actor = url.hostname === 'bsky.app' ? /^\/profile\/([^/]+)\/?$/.exec(url.pathname)?.[1] : undefined;
  if (!actor || !ACTOR.test(actor)) return undefined;
  return {
    format: 'bluesky',
    async load(getJson, count) {
      const limit = String(Math.min(100, Math.max(1, Math.floor(count) || 1)));
      const [profile, output] = await Promise.all([
        getJson(`${XRPC}app.bsky.actor.getProfile?${new URLSearchParams({ actor })}`),
        getJson(`${XRPC}app.bsky.feed.getAuthorFeed?${new URLSearchParams({ actor, limit, filter: 'posts_no_replies', includePins: 'true' })}`),
      ]);
      if (!isRecord(output) || !Array.isArray(output.feed)) {
        throw new FeedError('invalid-shape', 'Expected {"feed": […]} from app.bsky.feed.getAuthorFeed.');
      }
      return { profile, feed: output.feed };
    },
  };
}
