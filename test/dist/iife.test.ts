import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FEED_URL, startWorker, worker } from '../mocks/feed-handlers.js';
import { expectBuiltRichPosts, expectBuiltWidgetWorks } from './helpers.js';

const FILE = '/dist/social-feed.iife.js';

describe('dist/social-feed.iife.js', () => {
  before(startWorker);
  after(() => worker.stop());

  it('is a classic script that defines <social-feed> when loaded', async () => {
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: FILE, defer: true, onload: resolve, onerror: reject });
      document.head.append(script);
    });
    await expectBuiltWidgetWorks(FILE);
    await expectBuiltRichPosts();
  });

  it('exposes the package API on its global, SocialFeed: a page adds a language with SocialFeed.addLanguage', async () => {
    const api = (window as unknown as { SocialFeed: { addLanguage(language: string, strings: object): void; SocialFeed: unknown } }).SocialFeed;
    expect(api.SocialFeed).to.equal(customElements.get('social-feed'));
    api.addLanguage('sv', { showMore: 'Visa fler' });
    const el = await fixture(html`<social-feed src=${FEED_URL} lang="sv" limit="2"></social-feed>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="more"]'), 'never rendered');
    expect(el.shadowRoot!.querySelector('[part="more"]')!.textContent).to.equal('Visa fler');
  });
});
