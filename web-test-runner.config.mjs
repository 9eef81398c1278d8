import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { reactAsEsm, svelteComponents, vueBrowserBuild } from './test/frameworks/dev-server-plugins.mjs';

// Times and locales are fixed here, once, so every test reads the same clock face.
process.env.TZ = 'Europe/Paris';

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
    // The framework recipes (test/frameworks/) run React, Vue and Svelte as their users' bundlers serve them.
    // The recipes import the package by its name, as an app does: here that name is its sources.
    { name: 'package-by-name', resolveImport: ({ source }) => (source === 'social-feed-element' ? '/src/index.ts' : undefined) },
    reactAsEsm(),
    vueBrowserBuild(),
    ...svelteComponents(),
  ],
  middleware: [
    // msw's worker must be served from the root so its scope covers the test pages.
    function serveMockServiceWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/test/mocks/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findBrowser(), args: [...CHROMIUM_ARGS, '--lang=en-US'] },
      createBrowserContext: ({ browser }) =>
        browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris' }),
    }),
  ],
};
