import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { App, GlobalComponents } from 'vue';
import { createSidebarApp } from '../../demo/frameworks/vue/author-sidebar.js';
import { clearFeedCache } from '../../src/data/feed-cache.js';
import type { SocialFeedLoadEvent } from '../../src/events.js';
import type { SocialFeed } from '../../src/social-feed.js';
import { FEED_URL, startWorker, worker } from '../mocks/feed-handlers.js';

describe('Vue 3 recipe (demo/frameworks/vue)', () => {
  let host: HTMLElement;
  let app: App;

  before(startWorker);
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    app.unmount();
    host.remove();
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  const status = () => host.querySelector('[role="status"]')?.textContent;
  /** Resolves once the app's status line no longer says it is loading. */
  const settled = (message?: string) => waitUntil(() => status() && status() !== 'Loading…', message);

  function mount(): SocialFeed {
    app = createSidebarApp({ src: FEED_URL });
    app.mount(host);
    return host.querySelector('social-feed')!;
  }

  it('renders the feed, and its @social-feed-load handler hears the load', async () => {
    const el = mount();
    await settled('the load event never reached Vue');
    expect(status()).to.equal('6 posts from the network');
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Christophe Ginisty');
  });

  it('binds .prop values as properties, and updates them: unchecking "Hide reposts" shows the repost', async () => {
    const el = mount();
    await settled();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(5);
    expect([el.limit, el.hideReposts, el.getAttribute('layout')]).to.deep.equal([6, true, 'compact']);
    host.querySelector('input')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="repost"]'), 'the repost never showed');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(6);
  });

  it('hears a failure through @social-feed-error', async () => {
    worker.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 503 })));
    mount();
    await settled('the error event never reached Vue');
    expect(status()).to.equal('Could not load the feed (http)');
  });
});

// Checked by tsc, as Vue's language tools check a template against social-feed-vue.d.ts: props by their types, events
// by their classes.
type InTemplate = InstanceType<GlobalComponents['social-feed']>;
({ limit: 6, theme: 'dark' }) satisfies InTemplate['$props'];
// @ts-expect-error limit is a number
({ limit: 'six' }) satisfies InTemplate['$props'];
((emit: InTemplate['$emit'], event: SocialFeedLoadEvent) => emit('social-feed-load', event)) satisfies unknown;
// @ts-expect-error social-feed-load carries a SocialFeedLoadEvent
((emit: InTemplate['$emit']) => emit('social-feed-load', { feed: null })) satisfies unknown;
