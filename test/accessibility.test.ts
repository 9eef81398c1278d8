// The WAI-ARIA feed pattern and keyboard-only use, driven with real key presses.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../src/data/feed-cache.js';
import { loadStrings } from '../src/i18n/index.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import { FEED_URL, startWorker, worker } from './mocks/feed-handlers.js';

async function widget(): Promise<SocialFeed> {
  const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} lang="fr" limit="3"></social-feed>`);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length === 3, 'never loaded');
  await el.updateComplete;
  return el;
}

/** The element that has focus, looking inside the widget's shadow root. */
const focused = (el: SocialFeed) => el.shadowRoot!.activeElement;

describe('accessibility', () => {
  before(() => Promise.all([startWorker(), loadStrings('fr')]));
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it('follows the feed pattern: focusable articles, numbered, named by author and full date', async () => {
    const el = await widget();
    const articles = [...el.shadowRoot!.querySelectorAll('article')];
    expect(articles.map((a) => [a.tabIndex, a.getAttribute('aria-posinset'), a.getAttribute('aria-setsize')])).to.deep.equal([
      [0, '1', '6'],
      [0, '2', '6'],
      [0, '3', '6'],
    ]);
    expect(articles[0].getAttribute('aria-label')).to.equal('Christophe Ginisty, dimanche 26 mars 2017 à 18:09');
    expect(el.shadowRoot!.querySelector('[role="feed"]')!.getAttribute('aria-label')).to.equal('Publications de Christophe Ginisty');
    await expect(el).to.be.accessible();
  });

  it('moves between posts with Page Down and Page Up, and shows where focus is', async () => {
    const el = await widget();
    const articles = [...el.shadowRoot!.querySelectorAll('article')];
    articles[0].focus();
    expect(getComputedStyle(articles[0]).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)).to.equal(articles[1]);
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)).to.equal(articles[2]);
    await sendKeys({ press: 'PageUp' });
    expect(focused(el)).to.equal(articles[1]);
  });

  it('lets a keyboard-only reader reach every link and the "show more" button with Tab, and use it', async () => {
    const el = await widget();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    // Tab through the widget from the page until the button has focus.
    document.body.focus();
    let steps = 0;
    while (focused(el) !== button && steps++ < 40) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(6);
  });

  it('reflows text enlarged to 200% in a narrow sidebar without clipping it', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 200%">
      <social-feed src=${FEED_URL} lang="fr" limit="3"></social-feed>
    </div>`);
    const el = host.querySelector('social-feed')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length === 3, 'never loaded');
    for (const block of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="text"], [part="bio-text"], [part="name"], [part="time"]')) {
      expect(block.scrollWidth, block.textContent!).to.be.at.most(block.clientWidth + 1);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
