import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { pageClock } from '../src/controllers/clock-controller.js';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import type { SocialFeedErrorEvent, SocialFeedLoadEvent } from '../src/events.js';
import { loadStrings } from '../src/i18n/index.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import { nativeFeed, type NativePostJson } from './fixtures/native-feed.js';
import { FEED_URL, servedFeed, startWorker, worker } from './mocks/feed-handlers.js';
import { usePage } from '../src/page.js';
import { fakePage } from './helpers/fake-page.js';
import { mount, settled } from './helpers/mount.js';
import { part, parts } from './helpers/parts.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The reference feed with its posts re-dated `ago` milliseconds before now, in order. */
function recentFeed(...agos: number[]) {
  const feed = nativeFeed();
  const posts = agos.map((ago, i): NativePostJson => ({ ...feed.posts[i], published: new Date(Date.now() - ago).toISOString() }));
  return nativeFeed({ posts });
}

const loaded = settled;
const widget = (template = html`<social-feed src=${FEED_URL}></social-feed>`) => mount(template);

function serve(body: () => unknown, path = FEED_URL) {
  const served = servedFeed(path, body as () => never);
  worker.use(served.handler);
  return served.requests;
}

describe('<social-feed>', () => {
  // French loads on demand; loading it first keeps the French assertions independent of that timing.
  before(() => Promise.all([startWorker(), loadStrings('fr')]));
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it('passes an accessibility audit once loaded, in French', async () => {
    serve(() => recentFeed(5 * MINUTE, 3 * HOUR));
    const el = await widget(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
    await expect(el).to.be.accessible();
  });

  it('renders the author: lazy avatar with its size, name linked to the profile, handle, bio', async () => {
    serve(() => nativeFeed({ author: { ...nativeFeed().author, avatar: '/img/cg.png' } }));
    const el = await widget();
    const avatar = part(el, 'avatar') as HTMLImageElement;
    expect(avatar.getAttribute('src')).to.equal(new URL('/img/cg.png', location.href).href);
    expect(avatar.loading).to.equal('lazy');
    expect([avatar.getAttribute('width'), avatar.getAttribute('height')]).to.deep.equal(['48', '48']);
    expect(avatar.alt).to.equal('');
    const name = part(el, 'name') as HTMLAnchorElement;
    expect(name.textContent).to.equal('Christophe Ginisty');
    expect(name.href).to.equal('https://twitter.com/cginisty');
    expect(part(el, 'handle').textContent).to.equal('@cginisty');
    expect(part(el, 'bio-text').textContent).to.contain('optimiste exigeant et idéaliste compulsif');
  });

  it('makes the links in the bio clickable', async () => {
    serve(() => nativeFeed({ author: { name: 'Sam', bio: 'Newsletter: https://sam.example/news #a11y' } }));
    const el = await widget();
    const links = [...part(el, 'bio-text').querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://sam.example/news']);
  });

  it('lists the social links with an icon, a label and safe rel', async () => {
    serve(() => nativeFeed());
    const el = await widget();
    expect(part(el, 'links').getAttribute('aria-label')).to.equal('Christophe Ginisty elsewhere');
    const links = parts(el, 'link') as HTMLAnchorElement[];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Facebook', 'LinkedIn', 'Skype', 'Twitter', 'Slideshare']);
    for (const a of links) {
      expect(a.querySelector('svg[aria-hidden="true"] path')).to.exist;
      expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer', 'nofollow', 'ugc']);
      expect(a.target).to.equal('_blank');
    }
  });

  it('shows `limit` posts, newest first, each an article with its permalink', async () => {
    const feed = recentFeed(3 * HOUR, 5 * MINUTE, 2 * HOUR, 4 * HOUR);
    serve(() => feed);
    const el = await widget(html`<social-feed src=${FEED_URL} limit="3"></social-feed>`);
    const posts = parts(el, 'post');
    expect(posts.map((p) => p.tagName)).to.deep.equal(['ARTICLE', 'ARTICLE', 'ARTICLE']);
    expect(posts.map((p) => p.querySelector('time')!.textContent)).to.deep.equal(['5 minutes ago', '2 hours ago', '3 hours ago']);
    expect((posts[0].querySelector('[part="permalink"]') as HTMLAnchorElement).href).to.equal(feed.posts[1].url);
    expect(part(el, 'posts').getAttribute('role')).to.equal('feed');
    expect(part(el, 'posts').getAttribute('aria-busy')).to.equal('false');
  });

  it('links URLs (shortened), @mentions and #hashtags in the post text', async () => {
    serve(() => recentFeed(MINUTE, 2 * MINUTE, 3 * MINUTE));
    const el = await widget();
    const [first, , third] = parts(el, 'text');
    const links = [...first.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.href])).to.deep.equal([
      ['t.co/8oiFG0JBSe', 'https://t.co/8oiFG0JBSe'],
      ['@LeParisienMonde', 'https://x.com/LeParisienMonde'],
    ]);
    expect(first.textContent).to.contain('Etats-Unis : elle a voté pour Trump');
    expect((third.querySelector('a') as HTMLAnchorElement).href).to.equal('https://x.com/hashtag/Fillon');
    expect(third.getAttribute('dir')).to.equal('auto');
  });

  it('marks a repost with its original author', async () => {
    serve(() => nativeFeed({ posts: [{ ...nativeFeed().posts[5], repostOf: { name: 'Natacha Quester-Séméon', handle: '@NatachaQS', url: 'https://x.com/NatachaQS' } }] }));
    const el = await widget(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
    const repost = part(el, 'repost');
    expect(repost.textContent!.trim()).to.equal('Republié depuis Natacha Quester-Séméon');
    expect(repost.querySelector('a')!.href).to.equal('https://x.com/NatachaQS');
  });

  it('shows media lazily, with alt text and intrinsic size', async () => {
    const post = { ...nativeFeed().posts[0], media: [{ url: '/img/chart.png', alt: 'A chart', width: 1200, height: 675 }] };
    serve(() => nativeFeed({ posts: [post] }));
    const el = await widget();
    const img = part(el, 'media') as HTMLImageElement;
    expect([img.alt, img.loading, img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['A chart', 'lazy', '1200', '675']);
  });

  it('gives each time an ISO datetime and the full local date in its title', async () => {
    serve(() => nativeFeed());
    const el = await widget(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
    const time = part(el, 'time');
    expect(time.getAttribute('datetime')).to.equal('2017-03-26T16:09:00.000Z');
    expect(time.title).to.equal('dimanche 26 mars 2017 à 18:09');
    expect(time.textContent).to.equal('26 mars 2017');
    // Screen readers do not announce title: the full date is in the permalink's text too.
    expect(time.closest('a')!.textContent).to.equal('26 mars 2017, dimanche 26 mars 2017 à 18:09');
  });

  it('speaks the nearest [lang] ancestor’s language', async () => {
    serve(() => recentFeed(3 * HOUR));
    const host = await fixture(html`<div lang="fr-CA"><social-feed src=${FEED_URL}></social-feed></div>`);
    const el = await loaded(host.querySelector('social-feed')!);
    expect(part(el, 'time').textContent).to.equal('il y a 3 heures');
    expect(part(el, 'posts').getAttribute('aria-label')).to.equal('Publications de Christophe Ginisty');
  });

  it('updates its labels when the language changes', async () => {
    serve(() => recentFeed(3 * HOUR));
    const el = await widget();
    expect(part(el, 'time').textContent).to.equal('3 hours ago');
    el.lang = 'fr';
    await el.updateComplete;
    expect(part(el, 'time').textContent).to.equal('il y a 3 heures');
  });

  it('keeps its time labels live through the page clock', async () => {
    // On a page whose time moves only when told: published 59.9 s ago, the label turns from "now" to
    // "1 minute ago" exactly 100 ms later, and not a millisecond before.
    const page = fakePage(Date.now());
    usePage(page);
    try {
      serve(() => nativeFeed({ posts: [{ ...nativeFeed().posts[0], published: new Date(page.time - MINUTE + 100).toISOString() }] }));
      const el = await widget();
      expect(part(el, 'time').textContent).to.equal('now');
      page.advance(99);
      await el.updateComplete;
      expect(part(el, 'time').textContent).to.equal('now');
      page.advance(1);
      await el.updateComplete;
      expect(part(el, 'time').textContent).to.equal('1 minute ago');
      // The widget leaves the clock before the real page comes back.
      el.remove();
    } finally {
      usePage();
    }
  });

  it('shares one page timer between widgets, set for the earliest label change, and idles without widgets', async () => {
    serve(() => recentFeed(5 * MINUTE + 10_000));
    serve(() => nativeFeed({ posts: [{ ...nativeFeed().posts[0], published: new Date(Date.now() - 2 * HOUR).toISOString() }] }), '/feeds/b.json');
    const host = await fixture(html`<div>
      <social-feed src=${FEED_URL}></social-feed><social-feed src="/feeds/b.json"></social-feed>
    </div>`);
    const [a, b] = host.querySelectorAll('social-feed');
    await Promise.all([loaded(a), loaded(b)]);
    expect(pageClock.size).to.equal(2);
    // "5 minutes ago" turns into "6 minutes ago" in under 50 s; the 2-hour label changes much later.
    const published = Date.parse(part(a, 'time').getAttribute('datetime')!);
    expect(pageClock.scheduledFor).to.be.within(published + 6 * MINUTE - 5, published + 6 * MINUTE + 5);
    host.remove();
    expect(pageClock.size).to.equal(0);
    expect(pageClock.scheduledFor).to.equal(undefined);
  });

  it('shows a skeleton that reserves space while loading, then the posts', async () => {
    worker.use(http.get(FEED_URL, async () => (await delay(300), HttpResponse.json(recentFeed(MINUTE)))));
    const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`);
    expect(part(el, 'posts').getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('.skeleton').length).to.equal(6);
    expect(part(el, 'status').textContent).to.equal('Loading posts…');
    await loaded(el);
    expect(el.shadowRoot!.querySelectorAll('.skeleton').length).to.equal(0);
  });

  it('makes its placeholder the height the README gives: 10rem and 8rem a post, up to ten posts', async () => {
    worker.use(http.get(FEED_URL, async () => (await delay(5_000), HttpResponse.json(recentFeed(MINUTE)))));
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const [limit, posts] of [[1, 1], [5, 5], [20, 10]]) {
      const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} limit=${limit}></social-feed>`);
      expect(el.getBoundingClientRect().height, `limit ${limit}`).to.be.closeTo((10 + 8 * posts) * rem, 0.5);
      // The compact layout's placeholder is no taller, so the same reserved height holds.
      el.setAttribute('layout', 'compact');
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.at.most((10 + 8 * posts) * rem);
    }
  });

  it('moves nothing a reader has seen when the posts replace the placeholder', async () => {
    worker.use(http.get(FEED_URL, async () => (await delay(300), HttpResponse.json(recentFeed(MINUTE, HOUR, 2 * HOUR)))));
    const shifts: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    try {
      const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} limit="3"></social-feed>`);
      await nextFrame();
      await loaded(el);
      await nextFrame();
      await nextFrame();
      shifts.push(...observer.takeRecords());
      expect(parts(el, 'post')).to.have.length(3);
      expect(shifts.map((entry) => (entry as PerformanceEntry & { value: number }).value)).to.deep.equal([]);
    } finally {
      observer.disconnect();
    }
  });

  it('shows the empty state when the feed has no posts', async () => {
    serve(() => nativeFeed({ posts: [] }));
    const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
    await oneEvent(el, 'social-feed-load');
    await el.updateComplete;
    expect(part(el, 'status').textContent!.trim()).to.equal('Aucune publication pour le moment.');
    expect(part(el, 'name').textContent).to.equal('Christophe Ginisty');
  });

  it('shows the empty state when no src is set', async () => {
    const el = await fixture<SocialFeed>(html`<social-feed></social-feed>`);
    expect(part(el, 'status').textContent!.trim()).to.equal('No posts yet.');
  });

  it('fires social-feed-load with the feed and its source', async () => {
    serve(() => nativeFeed());
    const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`);
    const event = (await oneEvent(document, 'social-feed-load')) as SocialFeedLoadEvent;
    expect(event.composed && event.bubbles).to.equal(true);
    expect(event.detail.source).to.equal('network');
    expect(event.detail.feed.author.name).to.equal('Christophe Ginisty');
    expect(event.target).to.equal(el);
  });

  it('shows a localized alert with a retry button on an HTTP error, and retries', async () => {
    let calls = 0;
    worker.use(http.get(FEED_URL, () => (++calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(nativeFeed()))));
    const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} lang="fr"></social-feed>`);
    const event = (await oneEvent(el, 'social-feed-error')) as SocialFeedErrorEvent;
    expect([event.detail.error.code, event.detail.error.status]).to.deep.equal(['http', 503]);
    await el.updateComplete;
    const alert = part(el, 'status');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent!.trim()).to.equal('Le fil n’a pas pu être chargé.');
    await expect(el).to.be.accessible();
    const retry = part(el, 'retry') as HTMLButtonElement;
    expect(retry.textContent).to.equal('Réessayer');
    retry.click();
    await el.updateComplete;
    await loaded(el);
    expect(parts(el, 'post').length).to.equal(5);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows the wrong-shape error for a feed that is not one', async () => {
    serve(() => ({ hello: 'world' }));
    const el = await widget();
    expect(part(el, 'status').textContent!.trim()).to.equal('This feed format is not supported.');
    expect(part(el, 'retry')).to.exist;
  });

  it('keeps the shown feed when a reload fails', async () => {
    serve(() => nativeFeed());
    const el = await widget();
    worker.use(http.get(FEED_URL, () => HttpResponse.error()));
    el.reload();
    const event = (await oneEvent(el, 'social-feed-error')) as SocialFeedErrorEvent;
    expect(event.detail.error.code).to.equal('network');
    await el.updateComplete;
    expect(parts(el, 'post').length).to.equal(5);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('makes one request for two widgets, and none for a third within max-age', async () => {
    const requests = serve(() => nativeFeed());
    const [a, b] = await Promise.all([widget(), widget()]);
    expect(parts(a, 'post').length).to.equal(5);
    expect(parts(b, 'post').length).to.equal(5);
    expect(requests.length).to.equal(1);
    // From memory the feed shows in the first update, before fixture() resolves: listen first.
    const memoryLoad = oneEvent(document, 'social-feed-load');
    const c = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`);
    const event = (await memoryLoad) as SocialFeedLoadEvent;
    expect(event.target).to.equal(c);
    expect(parts(c, 'post').length).to.equal(5);
    expect(event.detail.source).to.equal('memory');
    expect(requests.length).to.equal(1);
  });

  it('fetches again once max-age has passed, and not before', async () => {
    const page = fakePage(Date.now());
    usePage(page);
    try {
      const requests = serve(() => nativeFeed());
      await widget(html`<social-feed src=${FEED_URL} max-age="60"></social-feed>`);
      page.advance(59_999);
      // From memory the feed shows in the first update, before fixture() resolves: listen first.
      const memoryLoad = oneEvent(document, 'social-feed-load');
      await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} max-age="60"></social-feed>`);
      expect(((await memoryLoad) as SocialFeedLoadEvent).detail.source).to.equal('memory');
      expect(requests.length).to.equal(1);
      page.advance(1);
      const again = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} max-age="60"></social-feed>`);
      await waitUntil(() => requests.length === 2, 'never fetched again');
      expect(parts(again, 'post').length).to.equal(5);
    } finally {
      usePage();
    }
  });

  it('loads the new feed when src changes', async () => {
    serve(() => nativeFeed());
    serve(() => nativeFeed({ author: { name: 'Sam Rivera' } }), '/feeds/sam.json');
    const el = await widget();
    el.src = '/feeds/sam.json';
    await oneEvent(el, 'social-feed-load');
    await el.updateComplete;
    expect(part(el, 'name').textContent).to.equal('Sam Rivera');
  });

  it('reflects theme', async () => {
    const el = await fixture<SocialFeed>(html`<social-feed></social-feed>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(part(el, 'status')).color).to.equal('rgb(145, 152, 161)');
  });

  describe('with hostile feed content', () => {

    it('shows markup in feed text as text, and links nothing unsafe', async () => {
      let ran = false;
      (window as unknown as { pwned: () => void }).pwned = () => (ran = true);
      const evil = '<img src=x onerror="pwned()"><script>pwned()</script>';
      serve(() =>
        nativeFeed({
          author: { name: evil, handle: evil, bio: `${evil} javascript:pwned()`, url: 'javascript:pwned()', avatar: 'javascript:pwned()' },
          links: [
            { network: 'twitter', label: evil, url: 'javascript:pwned()' },
            { network: 'x', label: 'data', url: 'data:text/html,<script>pwned()</script>' },
          ],
          posts: [
            {
              id: '1',
              text: evil,
              url: 'javascript:pwned()',
              published: new Date().toISOString(),
              repostOf: { name: evil, url: 'vbscript:pwned()' },
              media: [{ url: 'javascript:pwned()', alt: evil }],
            },
          ],
        }),
      );
      const el = await widget();
      await aTimeout(50);
      expect(ran).to.equal(false);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('script, [onerror], iframe, object, embed').length).to.equal(0);
      expect(root.querySelectorAll('img').length).to.equal(0);
      for (const a of root.querySelectorAll('a')) expect(a.protocol).to.match(/^(https?|mailto):$/);
      expect(part(el, 'text').textContent).to.equal(evil);
      expect(part(el, 'name').textContent).to.equal(evil);
      expect(parts(el, 'link').length).to.equal(0);
    });
  });
});
