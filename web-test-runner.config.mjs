import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngines, INSTALL, startWebKitDriver } from './scripts/engines.mjs';
import { reactAsEsm, svelteComponents, vueBrowserBuild } from './test/frameworks/dev-server-plugins.mjs';
import { keyChordPlugin } from './test/key-chord-plugin.mjs';

// Times and locales are fixed here, once, so every test reads the same clock face.
process.env.TZ = 'Europe/Paris';

// Every engine this machine has runs the whole suite: Chromium, Firefox and WebKit, readers' three engines.
// ENGINES=firefox,webkit picks some; REQUIRE_ENGINES (CI) fails the run when one of them is missing.
const found = findEngines();
const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const required = (process.env.REQUIRE_ENGINES ?? '').split(',').filter(Boolean);
const missing = wanted.filter((name) => !found[name]);
for (const name of missing) console.log(`${name}: missing, not tested (${INSTALL[name] ?? 'unknown engine'})`);
const absent = required.filter((name) => !found[name] || !wanted.includes(name));
if (absent.length) throw new Error(`Required engines missing: ${absent.join(', ')}`);
const running = wanted.filter((name) => found[name]);
if (!running.length) throw new Error(`No browser engine to test in: install one (${INSTALL.chromium})`);
console.log(`Testing in ${running.join(', ')}.`);

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: found.chromium, args: [...CHROMIUM_ARGS, '--lang=en-US'] },
      createBrowserContext: ({ browser }) => browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris' }),
    }),
  // Firefox ESR over WebDriver BiDi, through puppeteer-core (see ../shared/TOOLING.md for the pinned versions).
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: found.firefox,
        headless: true,
        extraPrefsFirefox: { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US', 'intl.regional_prefs.use_os_locales': false },
      },
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, classic WebDriver (the driver refuses BiDi sessions).
  webkit: async () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: await startWebKitDriver(found.webkit.driver),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: found.webkit.miniBrowser, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};

export default {
  files: 'test/**/*.test.{ts,tsx}',
  nodeResolve: true,
  concurrency: 1,
  // Lit's dev build stays on in tests for its warnings; its banner is noise, and so are the developer messages every
  // failing load writes to the console (tests that need them spy on console.warn).
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|<social-feed )/.test(String(args[0])),
  testFramework: { config: { timeout: 5000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'auto' }),
    // The recipes import the package by its name, as an app does: here that name is its sources.
    { name: 'package-by-name', resolveImport: ({ source }) => (source === 'social-feed-element' ? '/src/index.ts' : undefined) },
    // The framework recipes (test/frameworks/) run React, Vue and Svelte as their users' bundlers serve them.
    reactAsEsm(),
    vueBrowserBuild(),
    ...svelteComponents(),
    keyChordPlugin(),
  ],
  middleware: [
    // msw's worker must be served from the root so its scope covers the test pages.
    function serveMockServiceWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/test/mocks/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: await Promise.all(running.map((name) => launchers[name]())),
};
