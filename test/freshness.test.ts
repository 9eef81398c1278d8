// Freshness through the element: Web Storage, revalidation, conditional requests, background refresh, consent.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import { usePage } from '../src/page.js';
import { clearRefreshSchedules } from '../src/watch/refresh.js';
import type { SocialFeedLoadEvent } from '../src/events.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import { nativeFeed } from './fixtures/native-feed.js';
import { FEED_URL, servedFeed, startWorker, worker } from './mocks/feed-handlers.js';
import { fakePage, type FakePage } from './helpers/fake-page.js';
import { parts } from './helpers/parts.js';

/** The sources of every social-feed-load the element fires, in order. */
function loadSources(el: SocialFeed): string[] {
  const sources: string[] = [];
  el.addEventListener('social-feed-load', (event) => sources.push((event as SocialFeedLoadEvent).detail.source));
  return sources;
}

/** Creates the element without waiting for its first update, so that events of that update are heard. */
function create(attributes: Record<string, string>): SocialFeed {
  const el = Object.assign(document.createElement('social-feed'), { src: FEED_URL });
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe('freshness', () => {
  // Background refreshes run on a page whose time the tests move: none waits for a real second.
  let page: FakePage;
  before(startWorker);
  beforeEach(() => usePage((page = fakePage(Date.now()))));
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
    clearRefreshSchedules();
    usePage();
    localStorage.clear();
    sessionStorage.clear();
    document.querySelectorAll('social-feed').forEach((el) => el.remove());
  });
  after(() => worker.stop());

  it('shows the feed kept in session storage before the network answers, then the network one', async () => {
    const first = servedFeed();
    worker.use(first.handler);
    const el = create({ storage: 'session' });
    document.body.append(el);
    await oneEvent(el, 'social-feed-load');
    await waitUntil(() => sessionStorage.length === 1, 'never stored');
    el.remove();
    clearFeedCache(); // as on the next page view

    worker.use(http.get(FEED_URL, async () => (await delay(300), HttpResponse.json(nativeFeed({ author: { name: 'Updated' } })))));
    const next = create({ storage: 'session', 'max-age': '0' });
    const sources = loadSources(next);
    document.body.append(next);
    await waitUntil(() => sources.length === 1, 'storage never shown');
    expect(sources).to.deep.equal(['storage']);
    await next.updateComplete;
    expect(parts(next, 'name')[0].textContent).to.equal('Christophe Ginisty');
    await waitUntil(() => sources.length === 2, 'never revalidated', { timeout: 2000 });
    expect(sources).to.deep.equal(['storage', 'network']);
    await next.updateComplete;
    expect(parts(next, 'name')[0].textContent).to.equal('Updated');
  });

  it('stores a loaded feed once, however many widgets show it', async () => {
    worker.use(servedFeed().handler);
    const setItem = Storage.prototype.setItem;
    const writes: string[] = [];
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      writes.push(key);
      return setItem.call(this, key, value);
    };
    try {
      const host = await fixture(html`<div>
        <social-feed src=${FEED_URL} storage="local"></social-feed><social-feed src=${FEED_URL} storage="local"></social-feed>
      </div>`);
      const [a, b] = host.querySelectorAll('social-feed');
      await waitUntil(() => parts(a, 'post').length && parts(b, 'post').length && writes.length, 'never stored');
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(writes.filter((key) => key.startsWith('social-feed:v1:'))).to.have.length(1);
  });

  it('makes no request while the stored copy is fresh', async () => {
    const { handler, requests } = servedFeed();
    worker.use(handler);
    const el = create({ storage: 'local' });
    document.body.append(el);
    await oneEvent(el, 'social-feed-load');
    await waitUntil(() => localStorage.length === 1, 'never stored');
    clearFeedCache();
    const again = create({ storage: 'local', 'max-age': '300' });
    const sources = loadSources(again);
    document.body.append(again);
    await waitUntil(() => sources.length === 1, 'never shown');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sources).to.deep.equal(['storage']);
    expect(requests).to.have.length(1);
  });

  it('asks a same-origin endpoint only whether the feed changed, and keeps it on 304', async () => {
    const conditions: (string | null)[] = [];
    worker.use(
      http.get(FEED_URL, ({ request }) => {
        conditions.push(request.headers.get('if-none-match'));
        return request.headers.get('if-none-match') === '"v1"'
          ? new HttpResponse(null, { status: 304, headers: { ETag: '"v1"' } })
          : HttpResponse.json(nativeFeed(), { headers: { ETag: '"v1"', 'Last-Modified': 'Sun, 26 Mar 2017 16:09:00 GMT' } });
      }),
    );
    const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`);
    await waitUntil(() => parts(el, 'post').length === 5, 'never loaded');
    const errors: Event[] = [];
    el.addEventListener('social-feed-error', (event) => errors.push(event));
    el.reload();
    const event = (await oneEvent(el, 'social-feed-load')) as SocialFeedLoadEvent;
    expect(conditions).to.deep.equal([null, '"v1"']);
    expect(event.detail.source).to.equal('network');
    expect(parts(el, 'post')).to.have.length(5);
    expect(errors).to.have.length(0);
  });

  it('refreshes in the background with one request for all the widgets on a source', async () => {
    const { handler, requests } = servedFeed();
    worker.use(handler);
    const host = await fixture(html`<div>
      <social-feed src=${FEED_URL} refresh="1"></social-feed><social-feed src=${FEED_URL} refresh="1"></social-feed>
    </div>`);
    const [a, b] = host.querySelectorAll('social-feed');
    await waitUntil(() => parts(a, 'post').length && parts(b, 'post').length, 'never loaded');
    expect(requests).to.have.length(1);
    await page.advanceAsync(999);
    expect(requests).to.have.length(1);
    await page.advanceAsync(1);
    await waitUntil(() => requests.length === 2, 'never refreshed');
    await waitUntil(() => page.timers.size === 1, 'the next refresh was never planned');
    // One timer for the source, one request for both widgets.
    expect(requests).to.have.length(2);
  });

  it('keeps the feed and says it may be out of date when a background refresh fails', async () => {
    worker.use(servedFeed().handler);
    const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} refresh="1" lang="fr"></social-feed>`);
    await waitUntil(() => parts(el, 'post').length === 5, 'never loaded');
    worker.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 502 })));
    const failed = oneEvent(el, 'social-feed-error');
    await waitUntil(() => page.timers.size === 1, 'no refresh planned');
    await page.advanceAsync(1000);
    await failed;
    await el.updateComplete;
    expect(parts(el, 'post')).to.have.length(5);
    expect(parts(el, 'stale')[0].getAttribute('role')).to.equal('status');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  describe('consent="click"', () => {
    it('makes no request and shows the page’s own content until the reader allows it', async () => {
      const { handler, requests } = servedFeed();
      worker.use(handler);
      const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} consent="click"><a href="https://x.com/cginisty">Follow me</a></social-feed>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requests).to.have.length(0);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((child) => child.textContent)).to.deep.equal(['Follow me']);
      const button = parts(el, 'consent')[0] as HTMLButtonElement;
      expect(button.textContent).to.equal(`Show posts from ${location.host}`);
      await expect(el).to.be.accessible();
      button.click();
      await waitUntil(() => parts(el, 'post').length === 5, 'never loaded after consent');
      expect(requests).to.have.length(1);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    });

    it('links to the source when the page gave no content of its own', async () => {
      const el = await fixture<SocialFeed>(html`<social-feed src="https://mastodon.social/@Gargron" consent="click"></social-feed>`);
      const fallback = el.shadowRoot!.querySelector('slot a') as HTMLAnchorElement;
      expect(fallback.href).to.equal('https://mastodon.social/@Gargron');
      expect(fallback.textContent).to.equal('mastodon.social');
    });

    it('fails closed: an address whose host the widget cannot read waits for the reader too, and is never remembered', async () => {
      const requests: Request[] = [];
      worker.use(http.get('https://evil.example/*', ({ request }) => (requests.push(request), HttpResponse.json(nativeFeed()))));
      const feed = encodeURIComponent(JSON.stringify(nativeFeed()));
      for (const src of [`data:application/json,${feed}`, 'https://evil.example/\tfeed.json', `${FEED_URL} https://evil.example/\tfeed.json`]) {
        localStorage.setItem(`social-feed:consent:${location.host}`, '1');
        const el = await fixture<SocialFeed>(html`<social-feed src=${src} consent="click" storage="local"></social-feed>`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(parts(el, 'post'), src).to.have.length(0);
        expect(parts(el, 'consent'), src).to.have.length(1);
      }
      expect(requests).to.have.length(0);
      localStorage.clear();
    });

    it('remembers the choice for the host when the widget may store things', async () => {
      const { handler, requests } = servedFeed();
      worker.use(handler);
      const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} consent="click" storage="local"></social-feed>`);
      (parts(el, 'consent')[0] as HTMLButtonElement).click();
      await waitUntil(() => requests.length === 1, 'never loaded');
      clearFeedCache();
      const next = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} consent="click" storage="local"></social-feed>`);
      await waitUntil(() => parts(next, 'post').length === 5, 'the remembered choice was not used');
      expect(parts(next, 'consent')).to.have.length(0);
    });
  });
});
