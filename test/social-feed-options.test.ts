import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import type { SocialFeedErrorEvent } from '../src/events.js';
import { loadStrings } from '../src/i18n/index.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import { nativeFeed, type NativePostJson } from './fixtures/native-feed.js';
import { FEED_URL, servedFeed, startWorker, worker } from './mocks/feed-handlers.js';
import { mount } from './helpers/mount.js';
import { part, parts } from './helpers/parts.js';

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
const post = (id: string, hours: number, extra: Partial<NativePostJson> = {}): NativePostJson => ({
  id,
  text: `post ${id}`,
  url: `https://x.com/cginisty/status/${id}`,
  published: ago(hours),
  ...extra,
});

function serve(posts: NativePostJson[], path = FEED_URL, extra = {}) {
  worker.use(servedFeed(path, () => nativeFeed({ posts, ...extra })).handler);
}

const widget = mount;

const ids = (el: SocialFeed) => [...el.shadowRoot!.querySelectorAll('article [part="text"]')].map((p) => p.textContent!.replace('post ', ''));

describe('<social-feed> options', () => {
  // French loads on demand; loading it first keeps the French assertions independent of that timing.
  before(() => Promise.all([startWorker(), loadStrings('fr')]));
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it('reveals the loaded posts past limit with "show more", limit at a time, then hides the button', async () => {
    serve(['1', '2', '3', '4', '5'].map((id, i) => post(id, i + 1)));
    const el = await widget(html`<social-feed src=${FEED_URL} limit="2"></social-feed>`);
    expect(ids(el)).to.deep.equal(['1', '2']);
    const more = part(el, 'more') as HTMLButtonElement;
    expect(more.textContent).to.equal('Show more');
    more.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4']);
    (part(el, 'more') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(parts(el, 'more')).to.have.length(0);
  });

  it('keeps the posts revealed by "show more" when a refresh brings a new copy of the feed', async () => {
    serve(['1', '2', '3', '4'].map((id, i) => post(id, i + 1)));
    const el = await widget(html`<social-feed src=${FEED_URL} limit="2"></social-feed>`);
    (part(el, 'more') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4']);
    el.reload();
    await oneEvent(el, 'social-feed-load');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['1', '2', '3', '4']);
  });

  it('hides replies unless show-replies, and reposts with hide-reposts', async () => {
    serve([post('own', 1), post('reply', 2, { reply: true }), post('boost', 3, { repostOf: { handle: '@someone' } })]);
    const el = await widget(html`<social-feed src=${FEED_URL}></social-feed>`);
    expect(ids(el)).to.deep.equal(['own', 'boost']);
    el.hideReposts = true;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['own']);
    el.showReplies = true;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['own', 'reply']);
  });

  it('shows pinned posts first with a marker only with show-pinned, on top of the latest limit', async () => {
    serve([post('new', 1), post('newer', 0.5), post('old-pinned', 900, { pinned: true }), post('older', 2)]);
    const plain = await widget(html`<social-feed src=${FEED_URL} limit="2"></social-feed>`);
    expect(ids(plain)).to.deep.equal(['newer', 'new']);
    expect(parts(plain, 'pinned')).to.have.length(0);
    const pinned = await widget(html`<social-feed src=${FEED_URL} limit="2" show-pinned lang="fr"></social-feed>`);
    expect(ids(pinned)).to.deep.equal(['old-pinned', 'newer', 'new']);
    expect(part(pinned, 'pinned').textContent).to.equal('Épinglé');
  });

  it('folds a post behind its content warning', async () => {
    serve([post('cw', 1, { spoiler: 'Election results', media: [{ url: '/img/chart.png', alt: 'A chart' }] })]);
    const el = await widget(html`<social-feed src=${FEED_URL}></social-feed>`);
    const details = part(el, 'spoiler') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Election results');
    expect(details.querySelector('[part="text"]')!.textContent).to.equal('post cw');
    expect(details.querySelector('[part="media"]')).to.exist;
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('gives each post its own language and lets its text find its direction', async () => {
    serve([post('ar', 1, { text: 'مرحبا بالعالم', lang: 'ar' })]);
    const el = await widget(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.lang).to.equal('ar');
    expect(part(el, 'text').dir).to.equal('auto');
    expect(getComputedStyle(part(el, 'text')).direction).to.equal('rtl');
  });

  it('reads right to left in a right-to-left language on a left-to-right page, unless the element has a dir', async () => {
    serve([post('1', 1)]);
    const arabic = await widget(html`<social-feed src=${FEED_URL} lang="ar"></social-feed>`);
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
    expect(getComputedStyle(part(arabic, 'bio')).direction).to.equal('rtl');
    const wrapper = await fixture(html`<div lang="he-IL"><social-feed src=${FEED_URL}></social-feed></div>`);
    const hebrew = wrapper.querySelector<SocialFeed>('social-feed')!;
    await hebrew.updateComplete;
    expect(getComputedStyle(hebrew).direction).to.equal('rtl');
    const chosen = await widget(html`<social-feed src=${FEED_URL} lang="ar" dir="ltr"></social-feed>`);
    expect(getComputedStyle(chosen).direction).to.equal('ltr');
    const french = await widget(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
    expect(getComputedStyle(french).direction).to.equal('ltr');
  });

  it('marks a verified link for everyone, screen readers included', async () => {
    serve([post('1', 1)], FEED_URL, { links: [{ network: 'github', label: 'GitHub', url: 'https://github.com/a', verified: true }] });
    const el = await widget(html`<social-feed src=${FEED_URL}></social-feed>`);
    expect(part(el, 'link').textContent!.replace(/\s+/g, '')).to.equal('GitHub(verified)');
    const mark = part(el, 'link').querySelector('.verified')!;
    expect(getComputedStyle(mark, '::before').content).to.equal('"✓"');
    expect(mark.getAttribute('aria-hidden')).to.equal('true');
  });

  it('merges several sources newest first, the author from the first, and still shows them when one fails', async () => {
    serve([post('a1', 1), post('a2', 3)]);
    serve([post('b1', 2)], '/feeds/second.json', { author: { name: 'Second' } });
    worker.use(http.get('/feeds/broken.json', () => new HttpResponse(null, { status: 500 })));
    const errors: SocialFeedErrorEvent[] = [];
    const el = await fixture<SocialFeed>(html`<social-feed
      src="${FEED_URL} /feeds/broken.json /feeds/second.json"
      @social-feed-error=${(event: SocialFeedErrorEvent) => errors.push(event)}
    ></social-feed>`);
    await oneEvent(el, 'social-feed-load');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a1', 'b1', 'a2']);
    expect(part(el, 'name').textContent).to.equal('Christophe Ginisty');
    expect(errors.map((event) => event.detail.error.status)).to.deep.equal([500]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  describe('from code', () => {
    it('shows a native feed set as the feed property, with no request, and fires social-feed-load from "property"', async () => {
      const requests: Request[] = [];
      worker.use(http.all('*', ({ request }) => void requests.push(request)));
      const el = document.createElement('social-feed');
      el.src = FEED_URL;
      el.feed = { version: 1, author: { name: 'Sam Rivera', url: 'https://social.example/@sam' }, posts: [post('p1', 1), post('p2', 2)] };
      const loaded = oneEvent(el, 'social-feed-load');
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      const event = await loaded;
      await el.updateComplete;
      expect(event.detail.source).to.equal('property');
      expect(part(el, 'name').textContent).to.equal('Sam Rivera');
      expect(ids(el)).to.deep.equal(['p1', 'p2']);
      expect(requests.filter((request) => !/\.(js|ts|mjs)$/.test(new URL(request.url).pathname))).to.deep.equal([]);
      // Another object shows too, still with no request.
      const again = oneEvent(el, 'social-feed-load');
      el.feed = { version: 1, author: { name: 'Another' }, posts: [post('q1', 1)] };
      await again;
      await el.updateComplete;
      expect(part(el, 'name').textContent).to.equal('Another');
    });

    it('shows the error state, with an event, for a feed property that is not a native feed', async () => {
      const el = await fixture<SocialFeed>(html`<social-feed></social-feed>`);
      const failed = oneEvent(el, 'social-feed-error');
      el.feed = { version: 2 } as unknown as SocialFeed['feed'];
      expect(((await failed) as SocialFeedErrorEvent).detail.error.code).to.equal('invalid-shape');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });

    it('takes any UI string from the strings property, over the language’s own', async () => {
      worker.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 500 })));
      const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
      el.strings = { retry: 'Recharger', errors: { http: 'Le blog ne répond pas.' } };
      await oneEvent(el, 'social-feed-error');
      await el.updateComplete;
      expect(part(el, 'retry').textContent).to.equal('Recharger');
      expect(part(el, 'status').textContent!.trim()).to.equal('Le blog ne répond pas.');
      el.strings = undefined;
      await el.updateComplete;
      expect(part(el, 'retry').textContent).to.equal('Réessayer');
    });

    it('speaks a language added at run time, with English where a string is missing', async () => {
      const { addLanguage } = await import('../src/index.js');
      addLanguage('sv', { showMore: 'Visa fler', posts: (author) => `Inlägg av ${author}` });
      serve([post('1', 1), post('2', 2)]);
      const el = await widget(html`<social-feed src=${FEED_URL} lang="sv-SE" limit="1"></social-feed>`);
      await el.updateComplete;
      expect(part(el, 'more').textContent).to.equal('Visa fler');
      expect(part(el, 'posts').getAttribute('aria-label')).to.equal('Inlägg av Christophe Ginisty');
      expect(part(el, 'links').getAttribute('aria-label')).to.equal('Christophe Ginisty elsewhere');
    });
  });
});
