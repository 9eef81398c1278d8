// demo/csp.html in headless Chromium: under a strict CSP with Trusted Types enforced, every widget renders and the
// page reports no violation. Needs the built dist/ (npm test builds first). Run: node --test test-node/
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo } from './demo-browser.mjs';


// One per HTML or XML parsing path, as the page embeds them.
const SOURCES = [
  '/api/cginisty.json',
  '/api/v1/accounts/109/statuses',
  '/demo/feeds/blog.xml',
  '/demo/feeds/notes.atom',
  '/demo/feeds/feed.json',
];

let demo;
let page;
const violations = [];
const errors = [];

before(async () => {
  demo = await startDemo();
  // Tall enough that no lazy image is left unloaded, and so unchecked by img-src.
  page = await demo.browser.newPage({ viewport: { width: 1280, height: 8000 } });
  // Init scripts are outside the page's CSP: the listener is in place before the first byte of the page runs.
  await page.exposeFunction('reportViolation', (violation) => violations.push(violation));
  await page.addInitScript(() =>
    document.addEventListener(
      'securitypolicyviolation',
      ({ effectiveDirective, blockedURI, sourceFile, lineNumber, sample }) =>
        window.reportViolation({ effectiveDirective, blockedURI, sourceFile, lineNumber, sample }),
      true,
    ),
  );
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${demo.origin}/demo/csp.html`, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('social-feed')];
      return (
        widgets.length > 0 &&
        widgets.every((el) => el.shadowRoot?.querySelector('[part="post"], [role="alert"]')) &&
        widgets.every((el) => [...el.shadowRoot.querySelectorAll('img')].every((img) => img.complete))
      );
    },
    undefined,
    { timeout: 8000 },
  ).catch((error) => {
    throw new Error(`the widgets never finished: ${JSON.stringify({ violations, errors }, null, 2)}`, { cause: error });
  });
});

after(() => demo?.stop());

describe('demo/csp.html under a strict CSP with Trusted Types', () => {
  it('shows posts in every widget, from each parsing path', async () => {
    const shown = await page.$$eval('social-feed', (widgets) =>
      widgets.map((el) => ({
        src: el.getAttribute('src'),
        posts: el.shadowRoot.querySelectorAll('[part="post"]').length,
        alert: el.shadowRoot.querySelector('[role="alert"]')?.textContent.trim() ?? null,
        unloaded: [...el.shadowRoot.querySelectorAll('img')].filter((img) => img.naturalWidth === 0).map((img) => img.src),
      })),
    );
    assert.deepEqual(
      shown.map(({ src }) => src),
      SOURCES,
    );
    for (const { src, posts, alert, unloaded } of shown) {
      assert.equal(alert, null, `${src} shows an error`);
      assert.ok(posts > 0, `${src} shows no post`);
      assert.deepEqual(unloaded, [], `${src} has images that did not load`);
    }
  });

  it('reports no Content-Security-Policy or Trusted Types violation', () => {
    assert.deepEqual(violations, []);
  });

  it('logs no console error and throws no page error', () => {
    assert.deepEqual(errors, []);
  });

  it('really enforces the policy: a plain string into innerHTML is refused', async () => {
    const reported = violations.length;
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>plain</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    assert.equal(refused, true);
    // The violation event is queued as a task, then crosses to Node: wait for it rather than a fixed delay.
    for (let tries = 0; violations.length === reported && tries < 50; tries++) await new Promise((done) => setTimeout(done, 20));
    assert.equal(violations.at(-1)?.effectiveDirective, 'require-trusted-types-for');
  });
});

describe('the social-feed Trusted Types policy', () => {
  it('exists as soon as the widget’s module has run, so no later page script can take its name', async () => {
    const claimPage = await demo.browser.newPage();
    const pageErrors = [];
    claimPage.on('pageerror', (error) => pageErrors.push(error.message));
    await claimPage.goto(`${demo.origin}/test-node/pages/trusted-types-claim.html`);
    await claimPage.waitForFunction(() => document.documentElement.dataset.claim);
    assert.equal(await claimPage.evaluate(() => document.documentElement.dataset.claim), 'TypeError');
    // The widget still reads its RSS feed through its own policy.
    await claimPage.waitForFunction(() => document.querySelector('social-feed').shadowRoot?.querySelector('[part="post"], [role="alert"]'));
    assert.equal(await claimPage.evaluate(() => document.querySelector('social-feed').shadowRoot.querySelector('[role="alert"]')), null);
    assert.deepEqual(pageErrors, []);
    await claimPage.close();
  });
});
