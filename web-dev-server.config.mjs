// `npm start`: serves the demo, with its feed endpoints answered live so timestamps are relative to now.
import { arabicFeed } from './demo/feeds/arabic.mjs';
import { notesAtom } from './demo/feeds/atom.mjs';
import { blueskyAuthorFeed } from './demo/feeds/bluesky.mjs';
import { cginistyFeed } from './demo/feeds/cginisty.mjs';
import { jsonFeed } from './demo/feeds/jsonfeed.mjs';
import { mastodonStatuses } from './demo/feeds/mastodon.mjs';
import { blogRss } from './demo/feeds/rss.mjs';
import { samFeed } from './demo/feeds/sam.mjs';
import { xTimeline } from './demo/feeds/twitter.mjs';

// Each mocked endpoint: its content type and the generator of a fresh body (given now and the demo's origin).
const feeds = {
  '/api/cginisty.json': ['application/json', cginistyFeed],
  '/api/sam.json': ['application/json', samFeed],
  '/api/noor-ar.json': ['application/json', arabicFeed],
  '/api/v1/accounts/109/statuses': ['application/json', mastodonStatuses],
  '/xrpc/app.bsky.feed.getAuthorFeed': ['application/json', blueskyAuthorFeed],
  '/demo/feeds/blog.xml': ['application/rss+xml', blogRss],
  '/demo/feeds/notes.atom': ['application/atom+xml', notesAtom],
  '/demo/feeds/feed.json': ['application/feed+json', jsonFeed],
  '/api/x/cginisty/tweets': ['application/json', xTimeline],
};

export default {
  rootDir: '.',
  port: 8000,
  middleware: [
    function demoFeeds(context, next) {
      if (context.path === '/') return context.redirect('/demo/');
      const feed = feeds[context.path];
      if (!feed) return next();
      const [type, build] = feed;
      const body = build(Date.now(), context.origin);
      context.set('Content-Type', `${type}; charset=utf-8`);
      context.set('Cache-Control', 'no-store');
      context.body = typeof body === 'string' ? body : JSON.stringify(body);
    },
  ],
};
