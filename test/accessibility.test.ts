// The WAI-ARIA feed pattern and keyboard-only use, driven with real key presses.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import { loadStrings } from '../src/i18n/index.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import { mount } from './helpers/mount.js';
import { FEED_URL, startWorker, worker } from './mocks/feed-handlers.js';

const widget = () => mount(html`<social-feed src=${FEED_URL} lang="fr" limit="3"></social-feed>`);

/** Presses `key` with Control held, as a reader does (test/key-chord-plugin.mjs). */
const control = (key: string) => executeServerCommand('key-chord', { modifier: 'Control', key });

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

  it('moves focus to the first new post after "show more" and announces how many appeared, even when the button goes', async () => {
    const el = await widget();
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length === 6, 'show more did nothing');
    await el.updateComplete;
    const articles = [...el.shadowRoot!.querySelectorAll('article')];
    expect(focused(el)).to.equal(articles[3]);
    // The button is gone (all six posts show): focus did not fall back to the page's start.
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    const status = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('3 publications de plus affichées');
  });

  it('leaves the feed with Control+End and Control+Home, for what follows and precedes it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><a href="#before">Before</a><social-feed src=${FEED_URL} lang="fr" limit="3"></social-feed><a href="#after">After</a></div>`,
    );
    const el = page.querySelector('social-feed')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length === 3, 'never loaded');
    await el.updateComplete;
    const articles = [...el.shadowRoot!.querySelectorAll('article')];
    // Inside the widget, "show more" follows the feed and the author's last social link precedes it. (The code
    // that finds them loads on first use: focus moves once it has.)
    const more = el.shadowRoot!.querySelector('[part="more"]');
    articles[1].focus();
    await control('End');
    await waitUntil(() => focused(el) === more, 'Control+End did not reach "show more"');
    articles[1].focus();
    await control('Home');
    const lastLink = [...el.shadowRoot!.querySelectorAll('[part="link"]')].at(-1);
    await waitUntil(() => focused(el) === lastLink, 'Control+Home did not reach the last social link');
    // Every post shown: the link to the author's site follows the feed.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="more"]'), 'show more stayed');
    const footer = el.shadowRoot!.querySelector('[part="footer"]');
    expect(footer).to.exist;
    el.shadowRoot!.querySelectorAll('article')[4].focus();
    await control('End');
    await waitUntil(() => focused(el) === footer, 'Control+End did not reach the footer');
    // With nothing after the feed inside the widget, focus goes to the page's next link.
    footer!.remove();
    el.shadowRoot!.querySelectorAll('article')[4].focus();
    await control('End');
    await waitUntil(() => document.activeElement === page.querySelector('a[href="#after"]'), 'Control+End did not leave the widget');
  });

  it('makes no landmark of the author block, even in a plain <div>', async () => {
    const el = await widget();
    const bio = el.shadowRoot!.querySelector('[part~="bio"]')!;
    expect(bio.localName).to.equal('div');
    expect(el.shadowRoot!.querySelectorAll('header, footer, nav, main, aside, section')).to.have.length(0);
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
    const column = host.getBoundingClientRect();
    for (const block of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="text"], [part="bio-text"], [part="name"], [part="time"]')) {
      // Every engine measures a box's edges the same way; inline boxes (the time) have no client width to compare.
      expect(block.getBoundingClientRect().right, block.textContent!).to.be.at.most(column.right + 1);
      if (getComputedStyle(block).display !== 'inline') expect(block.scrollWidth, block.textContent!).to.be.at.most(block.clientWidth + 1);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
