// The README's first snippet, pasted as a blog owner would: the page holds exactly that HTML, the CDN serves the
// built dist/ files, and the network the snippet names answers from the demo's fixtures (a documented API shape).
// It must show posts. Needs the built dist/ (npm test builds first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { blueskyAuthorFeed } from '../demo/feeds/bluesky.mjs';
import { mastodonStatuses } from '../demo/feeds/mastodon.mjs';
import { blogRss } from '../demo/feeds/rss.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const snippet = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
const CDN = /^https:\/\/unpkg\.com\/social-feed-element@1\/dist\/([\w.-]+)$/;

let server;
let browser;
let origin;

before(async () => {
  // The blog: one page with the snippet, and its own feed for an RSS snippet.
  server = createServer((request, response) => {
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(blogRss(Date.now(), origin));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My blog</title></head><body><aside>\n${snippet}\n</aside></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Answers the networks' public APIs from the demo's fixtures; anything else outside the blog is refused and noted. */
async function network(page, refused) {
  const json = (route, body) => route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const url = new URL(route.request().url());
    const dist = CDN.exec(url.href);
    if (dist) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(new URL(`../dist/${dist[1]}`, import.meta.url)) });
    }
    const statuses = mastodonStatuses(Date.now(), origin);
    if (url.pathname === '/api/v1/accounts/lookup') return json(route, statuses[0].account);
    if (/^\/api\/v1\/accounts\/[\w-]+\/statuses$/.test(url.pathname)) return json(route, url.searchParams.get('pinned') ? [] : statuses);
    const bluesky = blueskyAuthorFeed(Date.now(), origin);
    if (url.pathname === '/xrpc/app.bsky.actor.getProfile') return json(route, bluesky.feed[0].post.author);
    if (url.pathname === '/xrpc/app.bsky.feed.getAuthorFeed') return json(route, bluesky);
    refused.push(url.href);
    return route.abort();
  });
}

describe('the README’s first snippet, as pasted', () => {
  it('is a complete embed: the pinned CDN script and one <social-feed>', () => {
    assert.ok(snippet, 'no ```html block in the README');
    assert.match(snippet, /<script type="module" src="https:\/\/unpkg\.com\/social-feed-element@1\/dist\/social-feed\.js"><\/script>/);
    assert.match(snippet, /<social-feed\b[^>]*\bsrc="[^"]+"/);
  });

  it('shows posts on a page that holds nothing else', async () => {
    const page = await browser.newPage();
    const refused = [];
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await network(page, refused);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.querySelector('social-feed')?.shadowRoot?.querySelector('[part~="post"], [role="alert"]'), undefined, {
      timeout: 10_000,
    });
    const shown = await page.evaluate(() => {
      const root = document.querySelector('social-feed').shadowRoot;
      return { posts: root.querySelectorAll('[part~="post"]').length, alert: root.querySelector('[role="alert"]')?.textContent ?? null };
    });
    assert.equal(shown.alert, null, `the widget shows an error; requests refused: ${refused.join(', ')}`);
    assert.ok(shown.posts > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
