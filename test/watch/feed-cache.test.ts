import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { clearFeedCache, fetchShared, readCache } from '../../src/watch/feed-cache.js';
import { loadFeed } from '../../src/source/load-source.js';
import { FeedError } from '../../src/errors.js';
import { nativeFeed } from '../fixtures/native-feed.js';
import { FEED_URL, servedFeed, startWorker, worker } from '../mocks/feed-handlers.js';

const KEY = `${FEED_URL} native`;
const load = (signal: AbortSignal) => loadFeed(FEED_URL, { format: 'native', signal });

/** A load that never settles by itself, and the signal it was given. */
function hangingLoad() {
  const seen: { signal?: AbortSignal } = {};
  const start = (signal: AbortSignal) => {
    seen.signal = signal;
    return new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { start, seen };
}

/** What a promise rejected with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('feed cache', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it('makes one request for two callers asking at the same time, and gives both the same entry', async () => {
    const { handler, requests } = servedFeed();
    worker.use(handler);
    const [first, second] = await Promise.all([fetchShared(KEY, load), fetchShared(KEY, load)]);
    expect(requests).to.have.length(1);
    expect(second).to.equal(first);
    expect(first.feed.author.handle).to.equal('@cginisty');
  });

  it('keeps the loaded feed readable with the time it arrived', async () => {
    expect(readCache(KEY)).to.equal(undefined);
    const before = Date.now();
    const entry = await fetchShared(KEY, load);
    expect(readCache(KEY)).to.equal(entry);
    expect(entry.fetchedAt).to.be.within(before, Date.now());
  });

  it('starts a new load for a caller that comes after the first one finished', async () => {
    const { handler, requests } = servedFeed();
    worker.use(handler);
    await fetchShared(KEY, load);
    await fetchShared(KEY, load);
    expect(requests).to.have.length(2);
  });

  it('rejects an aborting caller at once and still answers the other one', async () => {
    worker.use(
      http.get(FEED_URL, async () => {
        await delay(50);
        return HttpResponse.json(nativeFeed());
      }),
    );
    const quitter = new AbortController();
    const leaving = fetchShared(KEY, load, quitter.signal);
    const staying = fetchShared(KEY, load, new AbortController().signal);
    quitter.abort();
    expect(await rejection(leaving)).to.be.instanceOf(DOMException).and.include({ name: 'AbortError' });
    expect((await staying).feed.posts).to.have.length(6);
  });

  it('aborts the shared load when every caller has aborted', async () => {
    const { start, seen } = hangingLoad();
    const callers = [new AbortController(), new AbortController()];
    const waits = callers.map((caller) => fetchShared(KEY, start, caller.signal));
    await Promise.resolve();
    callers[0].abort();
    expect(seen.signal?.aborted).to.equal(false);
    callers[1].abort();
    expect(seen.signal?.aborted).to.equal(true);
    await Promise.all(waits.map(rejection));
  });

  it('starts afresh for a caller arriving after everyone aborted the previous load', async () => {
    const { start } = hangingLoad();
    const caller = new AbortController();
    const abandoned = fetchShared(KEY, start, caller.signal);
    caller.abort();
    await rejection(abandoned);
    expect((await fetchShared(KEY, load)).feed.author.name).to.equal('Christophe Ginisty');
  });

  it('keeps the previous entry when a later load fails', async () => {
    const kept = await fetchShared(KEY, load);
    worker.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 503 })));
    const error = await rejection(fetchShared(KEY, load));
    expect(error).to.be.instanceOf(FeedError).and.include({ code: 'http', status: 503 });
    expect(readCache(KEY)).to.equal(kept);
  });

  it('forgets everything on clearFeedCache()', async () => {
    await fetchShared(KEY, load);
    clearFeedCache();
    expect(readCache(KEY)).to.equal(undefined);
  });
});
