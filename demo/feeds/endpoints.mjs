// The demo's mocked feed endpoints, one table for the two places that answer them: the dev server
// (web-dev-server.config.mjs) generates each body live, so timestamps are relative to now, and the static site
// (scripts/build-site.mjs) writes each body to a file at build time.
import { arabicFeed } from './arabic.mjs';
import { notesAtom } from './atom.mjs';
import { blueskyAuthorFeed } from './bluesky.mjs';
import { cginistyFeed } from './cginisty.mjs';
import { jsonFeed } from './jsonfeed.mjs';
import { mastodonStatuses } from './mastodon.mjs';
import { richFeed } from './rich.mjs';
import { blogRss } from './rss.mjs';
import { samFeed } from './sam.mjs';
import { xTimeline } from './twitter.mjs';

/**
 * Each endpoint by its path: its content type, the generator of a body (given now and the origin that serves the
 * demo's assets), and for the static site the file that holds the body when the path has no extension a static host
 * can serve it by, with the format its path gave away (the site's pages then say it with `format`).
 * @type {Record<string, { type: string, build: (now: number, origin: string) => unknown, file?: string, format?: string }>}
 */
export const endpoints = {
  '/api/cginisty.json': { type: 'application/json', build: cginistyFeed },
  '/api/sam.json': { type: 'application/json', build: samFeed },
  '/api/noor-ar.json': { type: 'application/json', build: arabicFeed },
  '/api/rich.json': { type: 'application/json', build: richFeed },
  '/api/v1/accounts/109/statuses': {
    type: 'application/json',
    build: mastodonStatuses,
    file: '/api/v1/accounts/109/statuses.json',
    format: 'mastodon',
  },
  '/xrpc/app.bsky.feed.getAuthorFeed': {
    type: 'application/json',
    build: blueskyAuthorFeed,
    file: '/xrpc/app.bsky.feed.getAuthorFeed.json',
    format: 'bluesky',
  },
  '/demo/feeds/blog.xml': { type: 'application/rss+xml', build: blogRss },
  '/demo/feeds/notes.atom': { type: 'application/atom+xml', build: notesAtom },
  '/demo/feeds/feed.json': { type: 'application/feed+json', build: jsonFeed },
  '/api/x/cginisty/tweets': { type: 'application/json', build: xTimeline, file: '/api/x/cginisty/tweets.json', format: 'twitter' },
};

/** A generated body as the response's text. */
export const bodyText = (body) => (typeof body === 'string' ? body : JSON.stringify(body));
