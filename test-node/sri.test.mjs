// The build writes the Subresource Integrity hash of the classic-script build to dist/integrity.json
// (scripts/sri.mjs): it must be the hash of the file as built, in the form a browser checks. Needs the built dist/
// (npm test builds first).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';

const file = (path) => new URL(`../${path}`, import.meta.url);
const IIFE = 'dist/social-feed.iife.js';

describe('the SRI hash of dist/social-feed.iife.js', () => {
  before(() => {
    if (!existsSync(file('dist/integrity.json'))) {
      throw new Error('dist/integrity.json is missing: run `npm run build` first (`npm test` does).');
    }
  });

  it('is written by the build, after the bundle', () => {
    const { build } = JSON.parse(readFileSync(file('package.json'), 'utf8')).scripts;
    assert.match(build, /rollup -c\b.*&& node scripts\/sri\.mjs/);
  });

  it('is the sha384 of the file as built, base64, and only of that file', () => {
    const integrity = JSON.parse(readFileSync(file('dist/integrity.json'), 'utf8'));
    assert.deepEqual(Object.keys(integrity), [IIFE]);
    const expected = `sha384-${createHash('sha384').update(readFileSync(file(IIFE))).digest('base64')}`;
    assert.equal(integrity[IIFE], expected);
    assert.match(integrity[IIFE], /^sha384-[A-Za-z0-9+/]{64}$/);
  });

  describe('in a browser', () => {
    let server;
    let browser;
    let origin;
    const page = (integrity) =>
      '<!doctype html><title>SRI</title>' +
      `<script defer src="/${IIFE}" integrity="${integrity}" crossorigin="anonymous"></script>`;

    before(async () => {
      const { [IIFE]: integrity } = JSON.parse(readFileSync(file('dist/integrity.json'), 'utf8'));
      // One character of the digest changed.
      const wrong = `sha384-${integrity[7] === 'A' ? 'B' : 'A'}${integrity.slice(8)}`;
      server = createServer((request, response) => {
        const routes = {
          '/right.html': ['text/html', page(integrity)],
          '/wrong.html': ['text/html', page(wrong)],
          [`/${IIFE}`]: ['text/javascript', readFileSync(file(IIFE))],
        };
        const [type, body] = routes[request.url] ?? ['text/plain', 'not found'];
        response.writeHead(routes[request.url] ? 200 : 404, { 'content-type': type, 'access-control-allow-origin': '*' });
        response.end(body);
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
      browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
    });

    after(async () => {
      await browser?.close();
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve) ?? resolve());
    });

    const defines = async (path) => {
      const tab = await browser.newPage();
      try {
        await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
        return await tab.evaluate(() => customElements.get('social-feed') !== undefined);
      } finally {
        await tab.close();
      }
    };

    it('runs the script with the hash the build wrote', async () => {
      assert.equal(await defines('/right.html'), true);
    });

    it('blocks it with another hash (the check is real)', async () => {
      assert.equal(await defines('/wrong.html'), false);
    });
  });
});
