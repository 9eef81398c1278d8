// `npm run bench`: loads each library's page in headless Chromium, every endpoint answered on this machine, and
// prints Markdown tables (bytes, render time, scripting time, heap, requests, layout shift, ratios to the peers,
// idle cost). Runs are interleaved: run 1 of every library and scenario, then run 2… BENCH_RUNS sets how many.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { bundlePeer } from './bundle.mjs';
import { benchFeed, nativeFeed } from './feeds.mjs';
import { IDLE, idleFeed, idlePageHtml, measureIdle } from './idle.mjs';
import { LIBRARIES, pageHtml } from './libraries.mjs';
import { measurePage } from './measure.mjs';
import { createMockApi } from './mock-api.mjs';
import { goalReport, idleReport, machineReport, ratioTable, resultsTable, scenarioName, summarize } from './report.mjs';
import { snapshotWidget, startServer } from './server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`BENCH_RUNS must be a whole number from 1 up, not "${process.env.BENCH_RUNS}".`);
  process.exit(1);
}
// Milliseconds added to every request, as a real network's round trip: chains of requests then cost what they do.
const LATENCY_MS = Number(process.env.BENCH_LATENCY ?? 0);
if (!Number.isInteger(LATENCY_MS) || LATENCY_MS < 0) {
  console.error(`BENCH_LATENCY must be a whole number of milliseconds, not "${process.env.BENCH_LATENCY}".`);
  process.exit(1);
}
const SCENARIOS = [
  { widgets: 1, posts: 20 },
  { widgets: 1, posts: 100 },
  { widgets: 5, posts: 20 },
  { widgets: 20, posts: 20 },
];
const JSON_TYPE = 'application/json; charset=utf-8';
const startLoad = loadavg();
// Every feed is dated back from one moment, so each run of a scenario gets the very same bytes.
const now = Math.floor(Date.now() / 1000) * 1000;

// Peers published for a bundler are bundled first, as an app would ship them; the server mounts the result.
for (const library of LIBRARIES) if (library.bundle) await bundlePeer(library.bundle);
// The widget's build, dist/ unless BENCH_DIST names another (say, a clean checkout's), copied once for the whole run.
const widget = await snapshotWidget(process.env.BENCH_DIST || 'dist');

let origin = '';
const server = await startServer((url) => {
  if (url.pathname === '/page/idle') return { type: 'text/html; charset=utf-8', body: idlePageHtml() };
  const page = /^\/page\/(\d+)$/.exec(url.pathname);
  const library = page && LIBRARIES[Number(page[1])];
  if (library) {
    const scenario = { posts: Number(url.searchParams.get('posts')), widgets: Number(url.searchParams.get('widgets')) };
    return { type: 'text/html; charset=utf-8', body: pageHtml(library, scenario) };
  }
  const native = /^\/api\/native\/w(\d+)-n(\d+)\.json$/.exec(url.pathname);
  if (native) return { type: JSON_TYPE, body: JSON.stringify(nativeFeed(benchFeed(Number(native[1]), Number(native[2]), now, origin))) };
  const idle = /^\/api\/idle\/w(\d+)\.json$/.exec(url.pathname);
  if (idle) return { type: JSON_TYPE, body: JSON.stringify(idleFeed(Number(idle[1]), origin)) };
  return undefined;
});
origin = server.origin;
const answer = createMockApi({ now, origin });
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });

// scenario name -> library id -> { runs, shown, failure }
const results = new Map(SCENARIOS.map((s) => [scenarioName(s), new Map(LIBRARIES.map((l) => [l.id, { runs: [], shown: l.shows(s.posts) }]))]));

async function runOnce(scenario, index, counted) {
  const library = LIBRARIES[index];
  const entry = results.get(scenarioName(scenario)).get(library.id);
  if (entry.failure) return;
  try {
    const result = await measurePage(browser, {
      url: `${origin}/page/${index}?posts=${scenario.posts}&widgets=${scenario.widgets}`,
      origin,
      answer,
      server,
      expect: { ...library.rendered, widgets: scenario.widgets, perWidget: entry.shown },
      latencyMs: LATENCY_MS,
    });
    if (counted) entry.runs.push(result);
  } catch (error) {
    // A library that cannot render offline once is reported as such, never given made-up numbers.
    entry.failure = error.message;
  }
}

const started = Date.now();
try {
  // Run 0 warms the browser, the server and the disk cache and is not counted.
  for (let run = 0; run <= RUNS; run++) {
    process.stderr.write(`run ${run || 'warm-up'}/${RUNS} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    for (const scenario of SCENARIOS) {
      // The order turns each run, so no library always comes first after another's heavy page.
      for (let k = 0; k < LIBRARIES.length; k++) await runOnce(scenario, (k + run) % LIBRARIES.length, run > 0);
    }
  }
  process.stderr.write('idle cost (one simulated hour)\n');
  const idle = await measureIdle(browser, { origin, answer });

  for (const byLibrary of results.values()) for (const entry of byLibrary.values()) if (!entry.failure) entry.summary = summarize(entry.runs);
  console.log(`## social-feed benchmark: ${RUNS} runs per library and scenario, interleaved\n`);
  console.log(machineReport(widget, browser.version(), startLoad, LATENCY_MS));
  console.log(`\n### Issue #12's render goal: one widget of 20 posts\n\n${goalReport(results)}`);
  console.log(`\n### Per library and scenario\n\n${resultsTable(SCENARIOS, LIBRARIES, results)}`);
  console.log(`\n### Our ratio to each peer (below 1: we cost less)\n\n${ratioTable(SCENARIOS, LIBRARIES, results)}`);
  console.log(`\n### Idle cost\n\n${idleReport(idle, IDLE)}`);
  console.log(`\nTotal time: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await browser.close();
  await server.close();
}
