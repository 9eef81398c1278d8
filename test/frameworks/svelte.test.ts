/// <reference path="../../demo/frameworks/svelte/social-feed-svelte.d.ts" />
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { unmount } from 'svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import { mountSidebar } from '../../demo/frameworks/svelte/main.js';
import { clearFeedCache } from '../../src/data/feed-cache.js';
import type { SocialFeedLoadEvent } from '../../src/events.js';
import type { SocialFeed } from '../../src/social-feed.js';
import { FEED_URL, startWorker, worker } from '../mocks/feed-handlers.js';

describe('Svelte 5 recipe (demo/frameworks/svelte)', () => {
  let host: HTMLElement;
  let app: ReturnType<typeof mountSidebar>;

  before(startWorker);
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(async () => {
    await unmount(app);
    host.remove();
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  const status = () => host.querySelector('[role="status"]')?.textContent;
  /** Resolves once the component's status line no longer says it is loading. */
  const settled = (message?: string) => waitUntil(() => status() && status() !== 'Loading…', message);

  function mount(): SocialFeed {
    app = mountSidebar(host, FEED_URL);
    return host.querySelector('social-feed')!;
  }

  it('renders the feed, and its onsocial-feed-load handler hears the load', async () => {
    const el = mount();
    await settled('the load event never reached Svelte');
    expect(status()).to.equal('6 posts from the network');
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Christophe Ginisty');
  });

  it('sets attributes as properties, and updates them: unchecking "Hide reposts" shows the repost', async () => {
    const el = mount();
    await settled();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(5);
    expect([el.limit, el.hideReposts, el.getAttribute('layout')]).to.deep.equal([6, true, 'compact']);
    host.querySelector('input')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="repost"]'), 'the repost never showed');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(6);
  });

  it('hears a failure through onsocial-feed-error', async () => {
    worker.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 503 })));
    mount();
    await settled('the error event never reached Svelte');
    expect(status()).to.equal('Could not load the feed (http)');
  });

  it('reaches the element through bind:this: Reload fetches again', async () => {
    const requests: string[] = [];
    const listener = ({ request }: { request: Request }) => void requests.push(request.url);
    worker.events.on('request:start', listener);
    mount();
    await settled();
    host.querySelector('button')!.click();
    await waitUntil(() => requests.length === 2, 'Reload made no request');
    worker.events.removeListener('request:start', listener);
  });
});

// Checked by tsc, as svelte-check checks markup against social-feed-svelte.d.ts: props by their types, events by their
// classes.
type InMarkup = SvelteHTMLElements['social-feed'];
({ limit: 6, theme: 'dark', 'onsocial-feed-load': (event: SocialFeedLoadEvent) => event.detail.feed }) satisfies InMarkup;
// @ts-expect-error limit is a number
({ limit: 'six' }) satisfies InMarkup;
// @ts-expect-error onsocial-feed-load hears a SocialFeedLoadEvent
({ 'onsocial-feed-load': (event: MouseEvent) => event.button }) satisfies InMarkup;
