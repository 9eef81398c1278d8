// The size budgets, per path: for each kind of source, a page with one widget loads in headless Chromium, with the
// built dist/ behind a CDN address and the source answered from the demo's fixtures, and every script file it had
// downloaded when its first posts showed is summed (gzip). Files a page fetches later (the links' icons, another
// language, storage) count only on the paths that need them. Run after `npm run build`: `node scripts/check-size.mjs`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { blueskyAuthorFeed } from '../demo/feeds/bluesky.mjs';
import { cginistyFeed } from '../demo/feeds/cginisty.mjs';
import { mastodonStatuses } from '../demo/feeds/mastodon.mjs';
import { jsonFeed } from '../demo/feeds/jsonfeed.mjs';
import { blogRss } from '../demo/feeds/rss.mjs';
import { xTimeline } from '../demo/feeds/twitter.mjs';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

// Gzip bytes. The entry alone is the native path; the others add their network's reader, the file that reads and
// shows cards, quotes, polls, videos, sensitive media and counts (rich) and, for HTML-bearing formats, the HTML
// reader. Issue 12 aimed at an entry of 13.5 KB (Mastodon path 16.5 KB, Bluesky 15.5 KB) from 16.3 KB; the security
// caps, the adoption work, the rich posts (their media grid and strings in the entry, 1 KB), reading a body in its
// declared encoding (0.2 KB) and "Show more" loading older pages with the footer link at the end (0.5 KB; loading the
// pages is a file of its own) have since brought the entry to 20.8 KB (Lit is 5.7 KB of it). What RSS, Atom and JSON
// Feed as written in the wild need (their dates, titles and ids) is a file of their own (tolerant). Reading RSS and
// Atom items' sounds and videos (enclosures, Media RSS groups, stills, durations, ratings) added 0.5 KB to the RSS
// path, and showing a sound's or a video's length (a player with preload="none" shows 0:00) 0.2 KB to `rich`. JSON
// Feed and an X proxy have had budgets since X's quotes, cards, videos and counts (0.7 KB of its reader). A poll's end
// time, with the clock waking when it closes (40 bytes in the entry), and counts shortened in the reader's language
// ("1.2K", 0.15 KB of `rich`) came next, then X's polls and long posts (0.2 KB of its reader) and telling an untyped
// enclosure by its file's extension (0.15 KB of the RSS reader), and a playable video's length over it until its
// player knows it (0.08 KB of `rich`), and honouring a Bluesky account's wish to be shown only to signed-in readers
// (its message, 33 bytes in the entry; 0.08 KB of the Bluesky reader), paging an X proxy (0.1 KB of its reader),
// Mastodon 4.5's quote posts (0.17 KB of its reader), a timeout WebKit cannot miss when a service worker holds the
// request (24 bytes in the entry), and Bluesky's shared feeds, lists and starter packs as cards (0.17 KB of its
// reader), no "Try again" where a second try cannot help (27 bytes in the entry), and counts in words for screen
// readers where the screen abbreviates them ("1.2 thousand" for "1.2K", 0.08 KB of `rich`), shared Bluesky
// labelers as cards (0.05 KB of its reader), older pages for merged sources, each source's kept apart (54 bytes in
// the entry), paged Atom and RSS feeds (RFC 5005, 0.07 KB of the RSS path) and outlines that forced colors paint
// (15 bytes in the entry, 14 in `rich`). These budgets hold the measured sizes, with about 100 bytes of room, so
// that nothing grows unnoticed.
const BUDGETS = {
  'native endpoint': 21_170,
  'Mastodon profile': 28_720,
  'Bluesky profile': 27_410,
  'RSS feed': 30_870,
  'JSON Feed': 29_530,
  'X proxy': 27_970,
};

const SITE = 'https://blog.example';
const CDN = 'https://cdn.example/social-feed-element@1/dist/';
const PATHS = {
  'native endpoint': { src: '/feed.json', body: () => ({ type: 'application/json', body: JSON.stringify(cginistyFeed()) }) },
  'Mastodon profile': { src: '@sam@mastodon.social' },
  'Bluesky profile': { src: '@sam.bsky.social' },
  'RSS feed': { src: '/feed.xml', body: () => ({ type: 'application/rss+xml', body: blogRss(Date.now(), SITE) }) },
  'JSON Feed': { src: '/feed.json', body: () => ({ type: 'application/feed+json', body: JSON.stringify(jsonFeed(Date.now(), SITE)) }) },
  'X proxy': { src: '/api/x-timeline', format: 'twitter', body: () => ({ type: 'application/json', body: JSON.stringify(xTimeline(Date.now(), SITE)) }) },
};

const gzip = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

/** The names of the dist/ files the page had downloaded when the widget first showed posts. */
async function filesBeforePosts(browser, { src, format, body }) {
  const page = await browser.newPage();
  const json = (route, value) => route.fulfill({ contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(value) });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.href.startsWith(CDN)) {
      return route.fulfill({ contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(`dist/${url.pathname.split('/').pop()}`) });
    }
    if (url.origin === SITE && url.pathname === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><script type="module" src="${CDN}social-feed.js"></script><social-feed src="${src}"${format ? ` format="${format}"` : ''}></social-feed>
          <script type="module">
            // Which files had arrived when the first post was put in the page: a mutation observer hears it in the
            // same task, before any file asked for by that same update (the links' icons) can have arrived.
            const arrived = () => performance.getEntriesByType('resource').map((entry) => entry.name);
            const watch = () => {
              const root = document.querySelector('social-feed')?.shadowRoot;
              if (!root) return requestAnimationFrame(watch);
              const check = () => root.querySelector('[part~="post"]') && !window.atFirstPosts && (window.atFirstPosts = arrived());
              new MutationObserver(check).observe(root, { childList: true, subtree: true });
              check();
            };
            watch();
          </script>`,
      });
    }
    if (url.origin === SITE && body) return route.fulfill({ headers: { 'access-control-allow-origin': '*' }, contentType: body().type, body: body().body });
    const statuses = mastodonStatuses(Date.now(), SITE);
    if (url.pathname === '/api/v1/accounts/lookup') return json(route, statuses[0].account);
    if (/\/api\/v1\/accounts\/[\w-]+\/statuses$/.test(url.pathname)) return json(route, url.searchParams.get('pinned') ? [] : statuses);
    const bluesky = blueskyAuthorFeed(Date.now(), SITE);
    if (url.pathname === '/xrpc/app.bsky.actor.getProfile') return json(route, bluesky.feed[0].post.author);
    if (url.pathname === '/xrpc/app.bsky.feed.getAuthorFeed') return json(route, bluesky);
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${SITE}/`);
  await page.waitForFunction(() => window.atFirstPosts, undefined, { timeout: 15_000 });
  const urls = await page.evaluate(() => window.atFirstPosts);
  await page.close();
  return urls.filter((url) => url.startsWith(CDN)).map((url) => url.slice(CDN.length));
}

for (const file of readdirSync('dist').filter((name) => name.endsWith('.js')).sort()) {
  console.log(`dist/${file}: ${readFileSync(`dist/${file}`).length} bytes, ${gzip(file)} bytes gzip`);
}
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
let over = false;
try {
  for (const [name, path] of Object.entries(PATHS)) {
    const files = await filesBeforePosts(browser, path);
    const total = files.reduce((sum, file) => sum + gzip(file), 0);
    const line = `${name}: ${files.join(' + ')} = ${total} of ${BUDGETS[name]} bytes gzip`;
    if (total > BUDGETS[name]) {
      console.error(`Over budget: ${line}`);
      over = true;
    } else console.log(`Within budget: ${line}`);
  }
} finally {
  await browser.close();
}
if (over) process.exit(1);
