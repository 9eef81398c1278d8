// The static site (`npm run build:site`): built into a temporary folder, served by a bare static file server under a
// sub-path (/sub/dir/), every page loads in headless Chromium with no console error, no failed request, no request
// outside the sub-path or to another host, no CSP violation, and every widget settles showing posts. Needs the built
// dist/ (npm test builds first). Run: node --test test-node/site.test.mjs
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { buildSite, rewritePage } from '../scripts/build-site.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';

const BASE = '/sub/dir/';
// What a static host knows: a type per extension, nothing per path.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
};

let out;
let site;
let server;
let origin;
let browser;
/** Requests the server answered with a 404, or that fell outside the sub-path. */
const strays = [];

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'social-feed-site-'));
  site = buildSite({ out });
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const file = path.startsWith(BASE) ? normalize(join(out, path.slice(BASE.length))) : undefined;
    let found = file && (file === out || file.startsWith(`${out}${sep}`)) ? file : undefined;
    try {
      if (found && statSync(found).isDirectory()) found = join(found, 'index.html');
      const body = readFileSync(found);
      response.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' }).end(body);
    } catch {
      strays.push(request.url);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Loads a page of the site and waits for its widgets; resolves to what went wrong and what each widget shows. */
async function load(page) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 4000 }, locale: 'en-US' });
  const problems = [];
  try {
    const tab = await context.newPage();
    await tab.exposeFunction('reportViolation', (violation) => problems.push(`CSP: ${JSON.stringify(violation)}`));
    await tab.addInitScript(() =>
      document.addEventListener(
        'securitypolicyviolation',
        ({ effectiveDirective, blockedURI }) => window.reportViolation({ effectiveDirective, blockedURI }),
        true,
      ),
    );
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && (url.origin !== origin || !url.pathname.startsWith(BASE))) problems.push(`request outside the site: ${url}`);
    });
    tab.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
    tab.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
    await tab.goto(`${origin}${BASE}${page}`, { waitUntil: 'networkidle' });
    await tab
      .waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('social-feed')];
          return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('[part="post"], [role="alert"]'));
        },
        undefined,
        { timeout: 8000 },
      )
      .catch(() => problems.push('the widgets never settled'));
    const widgets = await tab.$$eval('social-feed', (elements) =>
      elements.map((el) => ({
        src: el.getAttribute('src'),
        posts: el.shadowRoot?.querySelectorAll('[part="post"]').length ?? 0,
        alert: el.shadowRoot?.querySelector('[role="alert"]')?.textContent.trim() ?? null,
        broken: [...(el.shadowRoot?.querySelectorAll('img') ?? [])].filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
      })),
    );
    return { problems, widgets, url: tab.url() };
  } finally {
    await context.close();
  }
}

// Every page the site has; a new demo page needs a line here, so that it is loaded below.
const PAGES = [
  'demo/csp.html',
  'demo/frameworks/plain-classic.html',
  'demo/frameworks/plain.html',
  'demo/index.html',
  'demo/playground.html',
  'demo/sources.html',
  'demo/themes.html',
];

describe('the static site', () => {
  it('has the demo pages and a file for every feed endpoint', () => {
    assert.deepEqual(site.pages, ['index.html', ...PAGES]);
    assert.ok(site.feeds.includes('api/v1/accounts/109/statuses.json'));
    assert.ok(site.feeds.includes('xrpc/app.bsky.feed.getAuthorFeed.json'));
    assert.ok(site.feeds.every((file) => extname(file)), `a feed file has no extension: ${site.feeds}`);
  });

  it('leads from its root to the blog demo', async () => {
    const { problems, url, widgets } = await load('');
    assert.deepEqual(problems, []);
    assert.equal(url, `${origin}${BASE}demo/index.html`);
    assert.equal(widgets.length, 2);
  });

  it('points the pages at the feed files relatively, saying the format a path no longer tells', () => {
    const page = rewritePage(
      '<social-feed src="/api/v1/accounts/109/statuses" limit="2"></social-feed>\n' +
        '<pre><code>&lt;social-feed src="/api/v1/accounts/109/statuses"&gt;</code></pre>\n' +
        '<social-feed src="/xrpc/app.bsky.feed.getAuthorFeed?actor=sam.bsky.social /demo/feeds/blog.xml"></social-feed>\n' +
        '<social-feed src="/api/x/cginisty/tweets" format="twitter"></social-feed>\n' +
        '<option value="/api/v1/accounts/109/statuses" data-format="auto">Mastodon</option>\n' +
        '<option value="https://mastodon.social/@Gargron" data-format="auto">live</option>\n' +
        '<a href="./">back</a> <a href="../">up</a> <a href="https://example.com/">out</a>',
      'demo/sources.html',
    );
    assert.equal(
      page,
      '<social-feed src="../api/v1/accounts/109/statuses.json" format="mastodon" limit="2"></social-feed>\n' +
        '<pre><code>&lt;social-feed src="/api/v1/accounts/109/statuses"&gt;</code></pre>\n' +
        '<social-feed src="../xrpc/app.bsky.feed.getAuthorFeed.json feeds/blog.xml"></social-feed>\n' +
        '<social-feed src="../api/x/cginisty/tweets.json" format="twitter"></social-feed>\n' +
        '<option value="../api/v1/accounts/109/statuses.json" data-format="mastodon">Mastodon</option>\n' +
        '<option value="https://mastodon.social/@Gargron" data-format="auto">live</option>\n' +
        '<a href="./index.html">back</a> <a href="../index.html">up</a> <a href="https://example.com/">out</a>',
    );
  });

  it('speaks of no dev server on its pages', () => {
    for (const page of site.pages) assert.doesNotMatch(readFileSync(join(out, page), 'utf8'), /dev server/i, page);
  });

  it('writes feeds whose assets are relative to the file', () => {
    for (const file of site.feeds) {
      const body = readFileSync(join(out, file), 'utf8');
      assert.doesNotMatch(body, /(["'>])\/(?:demo|api|xrpc)\//, `${file} holds a root-relative URL`);
      assert.doesNotMatch(body, /localhost|127\.0\.0\.1/, `${file} names a development host`);
    }
  });

  for (const page of PAGES) {
    it(`${page}: loads under ${BASE} with no error, and every widget shows posts`, async () => {
      const { problems, widgets } = await load(page);
      assert.deepEqual(problems, []);
      assert.ok(widgets.length > 0, 'no widget on the page');
      for (const { src, posts, alert, broken } of widgets) {
        assert.equal(alert, null, `${src} shows an error`);
        assert.ok(posts > 0, `${src} shows no post`);
        assert.deepEqual(broken, [], `${src} has images that did not load`);
      }
    });
  }

  it('serves nothing outside the site: every request stayed under the sub-path and found its file', () => {
    assert.deepEqual(strays, []);
  });
});
