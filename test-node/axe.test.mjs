// axe-core on every demo page, in the light and the dark color scheme: zero WCAG 2.1 A and AA violations, shadow
// roots included. Needs the built dist/ (npm test builds first). Run: node --test test-node/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { startDemo } from './demo-browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['index.html', 'sources.html', 'themes.html', 'csp.html', 'playground.html', 'frameworks/plain.html', 'frameworks/plain-classic.html'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let demo;

before(async () => {
  demo = await startDemo();
});

after(() => demo?.stop());

/** One line per failing element: what is wrong, where (through shadow roots), and axe's summary of the fix. */
function describeViolations(violations) {
  return violations
    .flatMap(({ id, impact, help, nodes }) => [
      `${id} (${impact}): ${help}`,
      ...nodes.map(({ target, failureSummary }) => `  at ${JSON.stringify(target)}\n    ${failureSummary.replaceAll('\n', '\n    ')}`),
    ])
    .join('\n');
}

/** Loads a demo page in a color scheme, waits for every widget's posts, and runs axe on the whole document. */
async function audit(path, colorScheme) {
  const context = await demo.browser.newContext({ colorScheme, locale: 'en-US', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${demo.origin}/demo/${path}`, { waitUntil: 'networkidle' });
    // Lazy images below the fold may never load: their alt text is what axe reads, and it is there already.
    await page.waitForFunction(
      () => [...document.querySelectorAll('social-feed')].every((el) => el.shadowRoot?.querySelector('[part="post"]')),
      undefined,
      { timeout: 8000 },
    );
    // Evaluated through the DevTools protocol, so the pages' strict CSP and Trusted Types do not refuse it.
    await page.evaluate(AXE);
    const { violations } = await page.evaluate(
      (tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      TAGS,
    );
    return { violations, widgets: await page.locator('social-feed').count() };
  } finally {
    await context.close();
  }
}

for (const path of PAGES) {
  describe(`demo/${path}`, () => {
    for (const colorScheme of ['light', 'dark']) {
      it(`has no WCAG 2.1 A or AA violation in the ${colorScheme} color scheme`, async () => {
        const { violations, widgets } = await audit(path, colorScheme);
        assert.ok(widgets > 0, 'no widget on the page');
        assert.equal(violations.length, 0, `axe found violations:\n${describeViolations(violations)}`);
      });
    }
  });
}
