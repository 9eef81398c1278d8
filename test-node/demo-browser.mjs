// The demo, served on a free port with the dev server's own config, and headless Chromium to load it: for the
// Node tests that check whole pages. Needs the built dist/ (npm test builds first).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import config from '../web-dev-server.config.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = new URL('../dist/social-feed.js', import.meta.url);

/** Starts the server and the browser; resolves to `{ origin, browser, stop }`. */
export async function startDemo() {
  if (!existsSync(BUNDLE)) throw new Error('dist/social-feed.js is missing: run `npm run build` first (`npm test` does).');
  const server = await startDevServer({
    config: { ...config, rootDir: ROOT, hostname: '127.0.0.1', port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  try {
    const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
    return {
      origin: `http://127.0.0.1:${server.server.address().port}`,
      browser,
      async stop() {
        await browser.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
