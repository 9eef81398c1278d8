// One cold page load of one library in one scenario, in a fresh browser context: render time, scripting time and
// heap from the Chrome DevTools Protocol, layout shift, requests and the bytes they brought.
import { totalSize } from './sizes.mjs';

/** The browser context every run uses: a laptop-sized window, the test suite's locale and time zone. */
export const CONTEXT_OPTIONS = { viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Paris' };
const RENDER_TIMEOUT_MS = 30_000;

// Sums layout shifts the way Core Web Vitals' CLS counts them (shifts right after input excluded), from page start.
const LAYOUT_SHIFT_OBSERVER = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

// True, as the time since navigation start, once every widget shows all its posts.
const allPostsRendered = ({ host, shadow, post, widgets, perWidget }) => {
  const hosts = document.querySelectorAll(host);
  if (hosts.length !== widgets) return false;
  for (const element of hosts) {
    const root = shadow ? element.shadowRoot : element;
    if (!root || root.querySelectorAll(post).length < perWidget) return false;
  }
  return performance.now();
};

/**
 * Routes every request of `context`: the page's own origin goes through, the mocked API hosts are answered by
 * `answer`, anything else is blocked and counted, so no request leaves the machine. `latencyMs` delays each request
 * (page, scripts, API calls) as a network's round trip would. Returns the run's tallies.
 */
export async function routeLocally(context, origin, answer, latencyMs = 0) {
  const tally = { requests: 0, blocked: [], api: [] };
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (!request.isNavigationRequest()) tally.requests++;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (url.origin === origin) return route.continue();
    const mocked = answer(url, request.method());
    if (!mocked) {
      tally.blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (mocked.status === 200) tally.api.push({ url: url.href, type: mocked.headers['content-type'], body: Buffer.from(mocked.body) });
    return route.fulfill(mocked);
  });
  return tally;
}

const metric = (metrics, name) => metrics.find((m) => m.name === name)?.value ?? NaN;

/**
 * Loads `url` and measures it; `expect` is `{ ...library.rendered, widgets, perWidget }`; `latencyMs` as for
 * `routeLocally`. Throws when it never renders.
 */
export async function measurePage(browser, { url, origin, answer, server, expect, latencyMs = 0 }) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    const tally = await routeLocally(context, origin, answer, latencyMs);
    await context.addInitScript(LAYOUT_SHIFT_OBSERVER);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    server.log.length = 0;
    await page.goto(url, { waitUntil: 'commit' });
    let renderMs;
    try {
      renderMs = await (await page.waitForFunction(allPostsRendered, expect, { polling: 'raf', timeout: RENDER_TIMEOUT_MS })).jsonValue();
    } catch (error) {
      const blocked = tally.blocked.length ? `; blocked: ${[...new Set(tally.blocked.map((href) => new URL(href).host))].join(', ')}` : '';
      const detail = (errors.length ? `page errors: ${errors.join('; ')}` : String(error.message).split('\n')[0]) + blocked;
      throw new Error(`never showed ${expect.perWidget} posts in each of ${expect.widgets} widgets (${detail})`);
    }
    // When each response ended, on the page's clock (as renderMs): a file that ended after it, or had not ended yet
    // (no entry), came too late for the posts (a lazy icon set, say), which the per-path bytes tell apart.
    const ended = new Map(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name, e.responseEnd])));
    const scriptMs = metric((await cdp.send('Performance.getMetrics')).metrics, 'ScriptDuration') * 1000;
    // Two frames let the last layout shifts reach the observer.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const cls = await page.evaluate(() => window.__cls);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = metric((await cdp.send('Performance.getMetrics')).metrics, 'JSHeapUsedSize');
    const responses = [
      ...server.log.filter((entry) => !entry.url.startsWith('/page/')).map((entry) => ({ ...entry, url: origin + entry.url })),
      ...tally.api,
    ].map((entry) => ({ ...entry, late: !(ended.get(entry.url) <= renderMs) }));
    return {
      renderMs,
      scriptMs,
      heapBytes,
      cls,
      requests: tally.requests,
      blocked: tally.blocked,
      bytes: await totalSize(responses),
      errors,
    };
  } finally {
    await context.close();
  }
}
