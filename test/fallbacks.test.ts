// Browsers below the newest features the widget uses still show posts: each API the widget relies on that is newer
// than its floor is deleted here, and the widget must behave as with it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import type { SocialFeedErrorEvent } from '../src/events.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import { nativeFeed } from './fixtures/native-feed.js';
import { parts } from './helpers/parts.js';
import { FEED_URL, startWorker, worker } from './mocks/feed-handlers.js';

/** Runs `body` with `AbortSignal[name]` deleted, as in a browser that lacks it. */
async function without(names: 'any'[], body: () => Promise<void>): Promise<void> {
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(AbortSignal, name)!] as const);
  for (const [name] of saved) delete (AbortSignal as unknown as Record<string, unknown>)[name];
  try {
    expect(names.every((name) => !(name in AbortSignal))).to.equal(true);
    await body();
  } finally {
    for (const [name, descriptor] of saved) Object.defineProperty(AbortSignal, name, descriptor);
  }
}

describe('without AbortSignal.any (Chrome before 116, Firefox before 124, Safari before 17.4)', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it('shows posts', () =>
    without(['any'], async () => {
      worker.use(http.get(FEED_URL, () => HttpResponse.json(nativeFeed())));
      const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`);
      await waitUntil(() => parts(el, 'post').length === 5, 'no posts: every load failed');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    }));

  it('still gives up after `timeout` seconds with the timeout error, not a network one', () =>
    without(['any'], async () => {
      worker.use(http.get(FEED_URL, () => delay('infinite')));
      const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} timeout="0.2"></social-feed>`);
      const event = (await oneEvent(el, 'social-feed-error')) as SocialFeedErrorEvent;
      expect(event.detail.error.code).to.equal('timeout');
    }));

  it('still cancels the request when the widget goes away', () =>
    without(['any'], async () => {
      worker.use(http.get(FEED_URL, () => delay('infinite')));
      // The page's side of the request: msw's handler never sees a page-side abort.
      const real = window.fetch;
      const signals: AbortSignal[] = [];
      window.fetch = (input, init) => (init?.signal && signals.push(init.signal), real(input, init));
      try {
        const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`);
        await waitUntil(() => signals.length === 1, 'no request');
        el.src = '';
        await waitUntil(() => signals[0].aborted, 'the request was never cancelled');
      } finally {
        window.fetch = real;
      }
    }));
});
