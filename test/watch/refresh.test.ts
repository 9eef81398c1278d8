// Background refresh on a fake page: time, visibility, connectivity and chance are driven by hand, so every
// expectation is exact and no test waits on the real clock.
import { expect } from '@open-wc/testing';
import { clearFeedCache, writeCache } from '../../src/watch/feed-cache.js';
import { usePage } from '../../src/page.js';
import { clearRefreshSchedules, scheduleRefresh } from '../../src/watch/refresh.js';
import { cacheKey } from '../../src/watch/watch-source.js';
import { fakePage, type FakePage } from '../helpers/fake-page.js';

const KEY = cacheKey('https://blog.example/feed.json', 'auto', 20);

/** A run that records the fake time of each call and succeeds, or fails while `failing` is true. */
function recorder(page: FakePage) {
  const calls: number[] = [];
  const state = { failing: false };
  const run = async () => {
    calls.push(page.time);
    if (state.failing) throw new Error('down');
  };
  return { calls, run, state };
}

describe('background refresh', () => {
  let page: FakePage;
  let start: number;
  beforeEach(() => {
    page = fakePage();
    start = page.time;
    usePage(page);
  });
  afterEach(() => {
    clearRefreshSchedules();
    usePage();
    clearFeedCache();
  });

  it('runs once per interval for a source, however many widgets want it, at the shortest interval', async () => {
    const a = recorder(page);
    const b = recorder(page);
    const stops = [scheduleRefresh(KEY, 200, a.run), scheduleRefresh(KEY, 60, b.run)];
    await page.advanceAsync(230);
    // One schedule per source: the first subscriber's run serves all, every 60 ms.
    expect(b.calls).to.deep.equal([]);
    expect(a.calls.map((at) => at - start)).to.deep.equal([60, 120, 180]);
    stops.forEach((stop) => stop());
    await page.advanceAsync(1000);
    expect(a.calls).to.have.length(3);
    expect(page.timers.size).to.equal(0);
  });

  it('goes back to the longer interval when the widget that wanted the shorter one leaves', async () => {
    const { calls, run } = recorder(page);
    scheduleRefresh(KEY, 200, run);
    const short = scheduleRefresh(KEY, 60, run);
    await page.advanceAsync(60);
    short();
    await page.advanceAsync(400);
    expect(calls.map((at) => at - start)).to.deep.equal([60, 260, 460]);
  });

  it('puts the next refresh one interval after any fresh copy of the source, whoever loaded it', async () => {
    const { calls, run } = recorder(page);
    scheduleRefresh(KEY, 120, run);
    await page.advanceAsync(80);
    writeCache(KEY, { feed: { author: { name: 'A' }, links: [], posts: [] }, fetchedAt: page.time });
    await page.advanceAsync(119);
    expect(calls).to.deep.equal([]);
    await page.advanceAsync(1);
    expect(calls.map((at) => at - start)).to.deep.equal([200]);
  });

  it('pauses while the page is hidden, with no timer, and refreshes at once when it shows again if due', async () => {
    const { calls, run } = recorder(page);
    page.setHidden(true);
    scheduleRefresh(KEY, 40, run);
    await page.advanceAsync(150);
    expect(calls).to.deep.equal([]);
    expect(page.timers.size).to.equal(0);
    page.setHidden(false);
    await page.advanceAsync(0);
    expect(calls.map((at) => at - start)).to.deep.equal([150]);
  });

  it('waits while offline and refreshes when the browser is back online', async () => {
    const { calls, run } = recorder(page);
    page.setOnline(false);
    scheduleRefresh(KEY, 40, run);
    await page.advanceAsync(150);
    expect(calls).to.deep.equal([]);
    page.setOnline(true);
    await page.advanceAsync(0);
    expect(calls.map((at) => at - start)).to.deep.equal([150]);
  });

  it('backs off exponentially after failures: 2×, 4×, 8× the interval, less up to half of each at random', async () => {
    const { calls, run, state } = recorder(page);
    state.failing = true;
    page.chance = 0;
    scheduleRefresh(KEY, 30, run);
    await page.advanceAsync(30 + 60 + 120 + 240);
    expect(calls.map((at) => at - start)).to.deep.equal([30, 90, 210, 450]);
  });

  it('takes up to half of each backoff off at random, so readers do not all come back at once', async () => {
    const { calls, run, state } = recorder(page);
    state.failing = true;
    page.chance = 1;
    scheduleRefresh(KEY, 30, run);
    await page.advanceAsync(240);
    expect(calls.map((at) => at - start)).to.deep.equal([30, 60, 120, 240]);
  });

  it('never waits more than an hour, however many failures', async () => {
    const { calls, run, state } = recorder(page);
    state.failing = true;
    page.chance = 0;
    scheduleRefresh(KEY, 60_000, run);
    await page.advanceAsync(10 * 3_600_000);
    const gaps = calls.slice(1).map((at, i) => at - calls[i]);
    expect(Math.max(...gaps)).to.equal(3_600_000);
  });

  it('goes back to the plain interval after a success', async () => {
    const { calls, run, state } = recorder(page);
    state.failing = true;
    page.chance = 0;
    scheduleRefresh(KEY, 30, run);
    await page.advanceAsync(30);
    state.failing = false;
    await page.advanceAsync(60 + 30 + 30);
    expect(calls.map((at) => at - start)).to.deep.equal([30, 90, 120, 150]);
  });
});
