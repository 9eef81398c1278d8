// Before the script runs (or without scripts at all), the element's own light-DOM content is what readers see.
// This file imports the widget only after checking that, so the element starts out undefined.
import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import { FEED_URL, startWorker, worker } from './mocks/feed-handlers.js';

describe('progressive enhancement', () => {
  before(startWorker);
  after(() => {
    worker.stop();
    clearFeedCache();
  });

  it('shows the fallback content until the element upgrades, then the feed in its place', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<social-feed src="${FEED_URL}"><a class="fallback" href="https://x.com/cginisty">Follow @cginisty</a></social-feed>`;
    document.body.append(host);
    const fallback = host.querySelector<HTMLElement>('.fallback')!;
    expect(customElements.get('social-feed')).to.equal(undefined);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);

    await import('../src/index.js');
    const el = host.querySelector('social-feed')!;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('article').length === 5, 'never rendered');
    // No slot in the rendered widget: the fallback is no longer displayed.
    expect(fallback.getClientRects().length).to.equal(0);
    host.remove();
  });
});
