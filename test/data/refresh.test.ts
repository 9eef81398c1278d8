import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache, writeCache } from '../../src/data/feed-cache.js';
import { clearRefreshSchedules, scheduleRefresh } from '../../src/data/refresh.js';

const KEY = 'https://blog.example/feed.json auto 20';

/** Pretends the page is hidden or visible, and fires the event the scheduler listens to. */
function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Pretends the browser is offline or back online. */
function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  if (online) window.dispatchEvent(new Event('online'));
}

/** A run that records when it was called and succeeds, or fails while `failing` is true. */
function recorder() {
  const calls: number[] = [];
  const state = { failing: false };
  const run = async () => {
    calls.push(performance.now());
    if (state.failing) throw new Error('down');
  };
  return { calls, run, state };
}

describe('background refresh', () => {
  afterEach(() => {
    clearRefreshSchedules();
    clearFeedCache();
    delete (document as { visibilityState?: unknown }).visibilityState;
    delete (navigator as { onLine?: unknown }).onLine;
  });

  it('runs once per interval for a source, however many widgets want it, at the shortest interval', async () => {
    const a = recorder();
    const b = recorder();
    const stops = [scheduleRefresh(KEY, 200, a.run), scheduleRefresh(KEY, 60, b.run)];
    await aTimeout(230);
    // One schedule per source: the first subscriber's run serves all, every 60 ms.
    expect(b.calls).to.have.length(0);
    expect(a.calls.length).to.be.within(2, 4);
    stops.forEach((stop) => stop());
    const count = a.calls.length;
    await aTimeout(150);
    expect(a.calls).to.have.length(count);
  });

  it('puts the next refresh one interval after any fresh copy of the source, whoever loaded it', async () => {
    const { calls, run } = recorder();
    scheduleRefresh(KEY, 120, run);
    await aTimeout(80);
    writeCache(KEY, { feed: { author: { name: 'A' }, links: [], posts: [] }, fetchedAt: Date.now() });
    await aTimeout(80);
    expect(calls).to.have.length(0);
    await waitUntil(() => calls.length === 1, 'never refreshed', { timeout: 300 });
  });

  it('pauses while the page is hidden and refreshes once at once when it shows again if due', async () => {
    const { calls, run } = recorder();
    setVisibility('hidden');
    scheduleRefresh(KEY, 40, run);
    await aTimeout(150);
    expect(calls).to.have.length(0);
    setVisibility('visible');
    await aTimeout(10);
    expect(calls).to.have.length(1);
  });

  it('waits while offline and refreshes when the browser is back online', async () => {
    const { calls, run } = recorder();
    setOnline(false);
    scheduleRefresh(KEY, 40, run);
    await aTimeout(150);
    expect(calls).to.have.length(0);
    setOnline(true);
    await aTimeout(10);
    expect(calls).to.have.length(1);
  });

  it('backs off exponentially after failures, with jitter taking up to half of each wait', async () => {
    const { calls, run, state } = recorder();
    state.failing = true;
    const random = Math.random;
    Math.random = () => 0; // no jitter: waits of exactly 2×, 4×, 8× the interval
    try {
      scheduleRefresh(KEY, 30, run);
      await waitUntil(() => calls.length >= 4, 'too few tries', { timeout: 1500 });
    } finally {
      Math.random = random;
    }
    const gaps = calls.slice(1).map((at, i) => at - calls[i]);
    expect(gaps[0]).to.be.at.least(58);
    expect(gaps[1]).to.be.at.least(118);
    expect(gaps[2]).to.be.at.least(238);
  });

  it('goes back to the plain interval after a success', async () => {
    const { calls, run, state } = recorder();
    state.failing = true;
    scheduleRefresh(KEY, 30, run);
    await waitUntil(() => calls.length >= 1, 'never tried', { interval: 5 });
    state.failing = false;
    await waitUntil(() => calls.length >= 4, 'never recovered', { timeout: 1000 });
    // The try after the failure waits 30-60 ms; once it succeeds, the next comes the plain 30 ms later.
    expect(calls[3] - calls[2]).to.be.below(58);
  });
});
