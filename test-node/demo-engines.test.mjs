// Every demo page in Firefox and WebKit, as readers of those engines load it (Chromium loads them in site.test.mjs):
// the static site is served with a small error recorder put first in every page, and each page must end with no
// error, no console error, no CSP violation, and every widget showing posts. Needs the built dist/ (npm test builds
// first). An engine this machine lacks is named and left out, unless REQUIRE_ENGINES asks for it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { buildSite } from '../scripts/build-site.mjs';
import { findEngines, INSTALL, startWebKitDriver } from '../scripts/engines.mjs';

const PAGES = ['demo/index.html', 'demo/sources.html', 'demo/themes.html', 'demo/csp.html', 'demo/playground.html', 'demo/frameworks/plain.html', 'demo/frameworks/plain-classic.html'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.atom': 'application/atom+xml' };
const RECORDER = '/__errors.js';
// Runs before anything else on the page: what went wrong is kept for the test to read.
const recorder = `window.__errors = [];
addEventListener('error', (event) => __errors.push('error: ' + (event.message || (event.target && (event.target.src || event.target.href)))), true);
addEventListener('unhandledrejection', (event) => __errors.push('rejection: ' + event.reason));
document.addEventListener('securitypolicyviolation', (event) => __errors.push('CSP: ' + event.effectiveDirective + ' ' + event.blockedURI), true);
const consoleError = console.error;
console.error = (...args) => (__errors.push('console: ' + args.join(' ')), consoleError.apply(console, args));`;

/** In the page: null while a widget is still loading, else what went wrong and what each widget shows. */
function settledState() {
  const widgets = [...document.querySelectorAll('social-feed')];
  if (!widgets.length || !widgets.every((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="post"], [role="alert"]'))) return null;
  return {
    errors: window.__errors,
    widgets: widgets.map((el) => ({
      src: el.getAttribute('src'),
      posts: el.shadowRoot.querySelectorAll('[part~="post"]').length,
      alert: el.shadowRoot.querySelector('[role="alert"]')?.textContent.trim() ?? null,
    })),
  };
}

const found = findEngines();
const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',');
const required = (process.env.REQUIRE_ENGINES ?? '').split(',').filter(Boolean);
let out;
let server;
let origin;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'social-feed-engines-'));
  buildSite({ out });
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    if (path === RECORDER) return response.writeHead(200, { 'content-type': TYPES['.js'] }).end(recorder);
    let file = normalize(join(out, path));
    if (!file.startsWith(`${out}${sep}`)) return response.writeHead(404).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      let body = readFileSync(file);
      if (extname(file) === '.html') body = String(body).replace(/<head>/i, `<head><script src="${RECORDER}"></script>`);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Polls `state()` until it is not null, for up to 15 s. */
async function until(state) {
  for (let tries = 0; tries < 150; tries++) {
    const value = await state();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { errors: ['the widgets never settled'], widgets: [] };
}

function expectHealthy({ errors, widgets }) {
  assert.deepEqual(errors, []);
  assert.ok(widgets.length > 0, 'no widget on the page');
  for (const { src, posts, alert } of widgets) {
    assert.equal(alert, null, `${src} shows an error`);
    assert.ok(posts > 0, `${src} shows no post`);
  }
}

const engines = {
  firefox: {
    async open() {
      const browser = await puppeteer.launch({ browser: 'firefox', executablePath: found.firefox, headless: true });
      return {
        async load(page) {
          const tab = await browser.newPage();
          try {
            await tab.goto(`${origin}/${page}`);
            return await until(() => tab.evaluate(settledState));
          } finally {
            await tab.close();
          }
        },
        close: () => browser.close(),
      };
    },
  },
  webkit: {
    async open() {
      const browser = await remote({
        hostname: '127.0.0.1',
        port: await startWebKitDriver(found.webkit.driver),
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: found.webkit.miniBrowser, args: ['--automation'] },
          'wdio:enforceWebDriverClassic': true,
        },
      });
      return {
        async load(page) {
          await browser.url(`${origin}/${page}`);
          return until(() => browser.execute(settledState));
        },
        close: () => browser.deleteSession(),
      };
    },
  },
};

for (const [name, engine] of Object.entries(engines).filter(([name]) => wanted.includes(name))) {
  if (!found[name]) {
    describe(`the demo pages in ${name}`, () => {
      it(`cannot run here: ${name} is missing (${INSTALL[name]})`, () => assert.ok(!required.includes(name), `${name} is required`));
    });
    continue;
  }
  describe(`the demo pages in ${name}`, () => {
    let session;
    before(async () => (session = await engine.open()));
    after(() => session?.close());
    for (const page of PAGES) {
      it(`${page}: no error, and every widget shows posts`, async () => expectHealthy(await session.load(page)));
    }
  });
}
