import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { FeedController } from '../../src/controllers/feed-controller.js';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import type { FeedError } from '../../src/errors.js';
import type { Feed, FeedFormat, FeedSource } from '../../src/types.js';
import { nativeFeed } from '../fixtures/native-feed.js';
import { FEED_URL, servedFeed, startWorker, worker } from '../mocks/feed-handlers.js';

const SLOW_URL = '/feeds/slow.json';

class FeedHost extends LitElement {
  static override properties = { src: {}, format: {}, maxAge: { type: Number } };
  src = FEED_URL;
  format: FeedFormat = 'native';
  maxAge = 60;
  loads: [Feed, FeedSource][] = [];
  errors: FeedError[] = [];
  feed = new FeedController(this, {
    args: () => ({ src: this.src, format: this.format, maxAge: this.maxAge, count: 20, refresh: 0, storage: 'none' as const, timeout: 10 }),
    onLoad: (feed, source) => this.loads.push([feed, source]),
    onError: (error) => this.errors.push(error),
  });

  override render() {
    return html`${this.feed.status} ${this.feed.value?.author.name}`;
  }
}
customElements.define('feed-controller-host', FeedHost);

const host = (src = FEED_URL) => fixture<FeedHost>(html`<feed-controller-host .src=${src}></feed-controller-host>`);
const settled = (el: FeedHost) => waitUntil(() => ['complete', 'error'].includes(el.feed.status), 'no outcome');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records the signal of every fetch the page makes (msw's handlers never see a page-side abort). */
function watchFetch() {
  const real = window.fetch;
  const signals: (AbortSignal | null | undefined)[] = [];
  window.fetch = (input, init) => {
    signals.push(init?.signal);
    return real(input, init);
  };
  return { signals, restore: () => (window.fetch = real) };
}

/** Serves the reference feed under another author's name after `ms`. */
const slowFeed = (ms: number | 'infinite') =>
  http.get(SLOW_URL, async () => {
    await delay(ms);
    return HttpResponse.json(nativeFeed({ author: { name: 'Slow Author' } }));
  });

describe('FeedController', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it('loads the feed from the network: pending, then complete with onLoad(feed, "network")', async () => {
    const el = await host();
    expect(el.feed.status).to.equal('pending');
    expect(el.shadowRoot!.textContent).to.contain('pending');
    await settled(el);
    expect(el.feed.status).to.equal('complete');
    expect(el.feed.source).to.equal('network');
    expect(el.loads).to.deep.equal([[el.feed.value, 'network']]);
    expect(el.errors).to.deep.equal([]);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('complete Christophe Ginisty');
  });

  it('shows a second widget on the same src from memory, with zero requests, within maxAge', async () => {
    const { handler, requests } = servedFeed();
    worker.use(handler);
    const first = await host();
    await settled(first);
    const second = await host();
    expect(second.feed.status).to.equal('complete');
    expect(second.loads).to.deep.equal([[first.feed.value, 'memory']]);
    expect(requests).to.have.length(1);
  });

  it('shows a cached feed older than maxAge at once, then the one the network sends (stale-while-revalidate)', async () => {
    const { handler, requests } = servedFeed();
    worker.use(handler);
    await settled(await host());
    const second = await fixture<FeedHost>(html`<feed-controller-host .maxAge=${0}></feed-controller-host>`);
    expect(second.loads.map(([, source]) => source)).to.deep.equal(['memory']);
    await waitUntil(() => second.feed.source === 'network', 'never revalidated');
    expect(second.loads.map(([, source]) => source)).to.deep.equal(['memory', 'network']);
    expect(requests).to.have.length(2);
  });

  for (const src of ['http://[::1', '@Gargron', 'javascript:alert(1)', 'ftp://files.example/feed.json', '@user@', '@@x.example']) {
    it(`makes no request and reports 'invalid-address' for the src ${JSON.stringify(src)}`, async () => {
      const fetches = watchFetch();
      try {
        const el = await host(src);
        await settled(el);
        expect(el.feed.status).to.equal('error');
        expect(el.feed.error?.code).to.equal('invalid-address');
        expect(el.errors.map((error) => error.code)).to.deep.equal(['invalid-address']);
        expect(fetches.signals).to.have.length(0);
      } finally {
        fetches.restore();
      }
    });
  }

  for (const src of ['', '   ']) {
    it(`makes no request and stays 'initial' for the src ${JSON.stringify(src)}`, async () => {
      const fetches = watchFetch();
      try {
        const el = await host(src);
        await sleep(20);
        expect(el.feed.status).to.equal('initial');
        expect(fetches.signals).to.have.length(0);
      } finally {
        fetches.restore();
      }
    });
  }

  it('aborts the run in flight when the src changes, and shows the new feed', async () => {
    worker.use(slowFeed('infinite'));
    const fetches = watchFetch();
    try {
      const el = await host(SLOW_URL);
      el.src = FEED_URL;
      await settled(el);
      expect(fetches.signals[0]?.aborted).to.equal(true);
      expect(el.feed.value?.author.name).to.equal('Christophe Ginisty');
      expect(el.loads).to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it('ignores the answer of a superseded run even when another widget keeps that load alive', async () => {
    worker.use(slowFeed(100));
    const [switching, staying] = [await host(SLOW_URL), await host(SLOW_URL)];
    switching.src = FEED_URL;
    await settled(switching);
    await settled(staying);
    expect(staying.feed.value?.author.name).to.equal('Slow Author');
    expect(switching.feed.value?.author.name).to.equal('Christophe Ginisty');
    expect(switching.loads.map(([feed]) => feed.author.name)).to.deep.equal(['Christophe Ginisty']);
  });

  it("does not show the previous feed's posts while another feed loads", async () => {
    worker.use(slowFeed('infinite'));
    const el = await host();
    await settled(el);
    el.src = SLOW_URL;
    await el.updateComplete;
    expect(el.feed.status).to.equal('pending');
    expect(el.feed.value).to.equal(undefined);
  });

  it('reports a failure once with onError, then succeeds on retry()', async () => {
    worker.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 500 }), { once: true }));
    const el = await host();
    await settled(el);
    expect(el.feed.status).to.equal('error');
    expect(el.feed.error).to.include({ code: 'http', status: 500 });
    expect(el.errors).to.deep.equal([el.feed.error]);
    el.feed.retry();
    expect(el.feed.status).to.equal('pending');
    await settled(el);
    expect(el.feed.status).to.equal('complete');
    expect(el.feed.error).to.equal(undefined);
    expect(el.loads).to.deep.equal([[el.feed.value, 'network']]);
  });

  it('keeps the shown feed when a retry fails, and retries over the network even while the cache is fresh', async () => {
    const el = await host();
    await settled(el);
    const shown = el.feed.value;
    const failing = servedFeed(FEED_URL, () => ({ version: 2 }));
    worker.use(failing.handler);
    el.feed.retry();
    expect(el.feed.value).to.equal(shown);
    await waitUntil(() => el.errors.length === 1, 'the retry never failed');
    expect(failing.requests).to.have.length(1);
    expect(el.errors[0]).to.include({ code: 'invalid-shape' });
    // Still showing the feed, marked as possibly out of date rather than replaced by an error.
    expect(el.feed.status).to.equal('complete');
    expect(el.feed.stale).to.equal(true);
    expect(el.feed.value).to.equal(shown);
  });

  it('aborts the run in flight when the host leaves the page, and runs again when it comes back', async () => {
    worker.use(slowFeed('infinite'));
    const fetches = watchFetch();
    try {
      const el = await host(SLOW_URL);
      const parent = el.parentElement!;
      el.remove();
      await sleep(0);
      expect(fetches.signals[0]?.aborted).to.equal(true);
      worker.resetHandlers(servedFeed(SLOW_URL).handler);
      parent.append(el);
      await settled(el);
      expect(el.feed.source).to.equal('network');
      expect(el.loads).to.have.length(1);
      expect(el.errors).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('keeps its load going when the host is taken out and put back in the same task', async () => {
    worker.use(slowFeed(50));
    const fetches = watchFetch();
    try {
      const el = await host(SLOW_URL);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settled(el);
      expect(fetches.signals).to.have.length(1);
      expect(fetches.signals[0]?.aborted).to.equal(false);
      expect(el.feed.value?.author.name).to.equal('Slow Author');
    } finally {
      fetches.restore();
    }
  });
});
