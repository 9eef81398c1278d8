// Each source end to end: a documented response served by msw, rendered by the widget.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import type { SocialFeedErrorEvent } from '../src/events.js';
import { loadStrings } from '../src/i18n/index.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import { authorFeed } from './fixtures/bluesky/author-feed.js';
import { profile as blueskyProfile } from './fixtures/bluesky/profile.js';
import { account } from './fixtures/mastodon/account.js';
import { pinned, statuses } from './fixtures/mastodon/statuses.js';
import { mount } from './helpers/mount.js';
import { startWorker, worker } from './mocks/feed-handlers.js';
import { jsonFeed11 } from './fixtures/jsonfeed/v1-1.js';
import { atomFeed } from './fixtures/rss/atom.js';
import { blogRss } from './fixtures/rss/blog.js';
import { malformedRss } from './fixtures/rss/invalid.js';
import { userNotFound } from './fixtures/twitter/malformed.js';
import { referenceTimeline } from './fixtures/twitter/user-tweets.js';

// Remote images in the fixtures load as a 1×1 SVG rather than failing on a machine without network.
const images = http.get(/\.(png|jpe?g|gif|webp)$|@jpeg$/, () =>
  new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>', { headers: { 'Content-Type': 'image/svg+xml' } }),
);

const rendered = (src: string, attributes = '') =>
  mount(html`<social-feed src=${src} lang="fr" .limit=${20} .showPinned=${attributes.includes('show-pinned')}></social-feed>`);

const $ = (el: SocialFeed, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: SocialFeed, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const hrefs = (el: SocialFeed, selector: string) => $$(el, selector).map((a) => (a as HTMLAnchorElement).href);

async function failsVisibly(src: string): Promise<void> {
  const el = await fixture<SocialFeed>(html`<social-feed src=${src}></social-feed>`);
  const event = (await oneEvent(el, 'social-feed-error')) as SocialFeedErrorEvent;
  expect(event.detail.error.name).to.equal('FeedError');
  await el.updateComplete;
  expect($(el, '[part="status"][role="alert"]')!.textContent!.trim()).not.to.equal('');
  expect($(el, '[part="retry"]')).to.exist;
}

describe('sources', () => {
  // French loads on demand; loading it first keeps the French assertions independent of that timing.
  before(() => Promise.all([startWorker(), loadStrings('fr')]));
  beforeEach(() => worker.use(images));
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  describe('Mastodon', () => {
    const API = 'https://social.example/api/v1/accounts';

    function serveProfile(lookup: () => unknown = account) {
      worker.use(
        http.get(`${API}/lookup`, () => HttpResponse.json(lookup() as object)),
        http.get(`${API}/:id/statuses`, ({ request }) =>
          HttpResponse.json(new URL(request.url).searchParams.get('pinned') ? pinned() : statuses()),
        ),
      );
    }

    it('renders a profile URL through the public API: author, bio, verified links, boosts, media, link targets', async () => {
      serveProfile();
      const el = await rendered('https://social.example/@camille', 'show-pinned');
      expect($(el, '[part="name"]')!.textContent).to.contain('Camille Durand');
      // The emoji shows, named by its shortcode on hover, but the name's accessible text is the name alone.
      expect($(el, '[part="name"] img.emoji')!.getAttribute('title')).to.equal(':verified:');
      expect($(el, '[part="name"] img.emoji')!.getAttribute('alt')).to.equal('');
      expect($(el, '[part="handle"]')!.textContent).to.equal('@camille@social.example');
      expect($(el, '[part="bio-text"]')!.textContent).to.contain('optimiste exigeante');
      expect(hrefs(el, '[part="bio-text"] a')).to.include('https://camille.example/blog');
      expect($$(el, '[part="link"]').length).to.be.greaterThan(0);
      expect($$(el, '[part="link"] .verified').length).to.be.greaterThan(0);
      expect($$(el, '[part="repost"]').length).to.be.greaterThan(0);
      expect($$(el, 'img[part="media"]').map((img) => (img as HTMLImageElement).alt)).to.include(
        'Un graphique : les abonnés doublent entre janvier et avril.',
      );
      expect(hrefs(el, '[part="text"] a')).to.include.members([
        'https://piaille.example/@natacha',
        'https://social.example/tags/communication',
        'https://camille.example/blog/2024/05/01/la-confiance-sur-les-reseaux-sociaux',
      ]);
      expect($$(el, '[part="text"] a').find((a) => a.textContent!.startsWith('camille.example'))!.textContent).to.equal(
        'camille.example/blog/2024/05/0…',
      );
      expect($(el, '[part="spoiler"] summary')).to.exist;
      expect($(el, '[part="pinned"]')).to.exist;
      expect($$(el, 'article[lang="ar"]').length).to.equal(1);
    });

    it('asks the instance for the lookup once, then the latest posts without replies and the pinned ones', async () => {
      const urls: string[] = [];
      worker.events.on('request:start', ({ request }) => urls.push(request.url));
      serveProfile();
      await rendered('https://social.example/@camille');
      worker.events.removeAllListeners();
      // The lookup goes out while the recipe loads; the recipe gets that request, not a second one.
      expect(urls.filter((url) => url.startsWith(`${API}/lookup`))).to.deep.equal([`${API}/lookup?acct=camille`]);
      expect(urls).to.include.members([
        `${API}/lookup?acct=camille`,
        `${API}/109412345678901234/statuses?limit=20&exclude_replies=true`,
        `${API}/109412345678901234/statuses?pinned=true`,
      ]);
    });

    it('ends a malformed response in the error state', async () => {
      serveProfile(() => ({ id: { not: 'a string' } }));
      await failsVisibly('https://social.example/@camille');
    });
  });

  describe('handles', () => {
    it('reads a fediverse handle @user@instance as that Mastodon profile', async () => {
      const lookups: string[] = [];
      worker.use(
        http.get('https://social.example/api/v1/accounts/lookup', ({ request }) => {
          lookups.push(new URL(request.url).searchParams.get('acct')!);
          return HttpResponse.json(account());
        }),
        http.get('https://social.example/api/v1/accounts/:id/statuses', ({ request }) =>
          HttpResponse.json(new URL(request.url).searchParams.get('pinned') ? pinned() : statuses()),
        ),
      );
      const el = await rendered('@camille@social.example');
      expect($(el, '[part="handle"]')!.textContent).to.equal('@camille@social.example');
      expect($$(el, 'article').length).to.be.greaterThan(0);
      expect(lookups).to.deep.equal(['camille']);
    });

    it('says "not a feed or profile address" for what is neither a URL nor a handle, without a request', async () => {
      const el = await fixture<SocialFeed>(html`<social-feed src="@camille"></social-feed>`);
      const event = (await oneEvent(el, 'social-feed-error')) as SocialFeedErrorEvent;
      expect(event.detail.error.code).to.equal('invalid-address');
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent!.trim()).to.equal('This is not a feed or profile address.');
      expect($(el, '[part="retry"]'), 'trying the same address again cannot help').to.equal(null);
    });
  });

  describe('Bluesky', () => {
    const XRPC = 'https://public.api.bsky.app/xrpc';

    function serveProfile(feed: () => unknown = authorFeed) {
      worker.use(
        http.get(`${XRPC}/app.bsky.actor.getProfile`, () => HttpResponse.json(blueskyProfile())),
        http.get(`${XRPC}/app.bsky.feed.getAuthorFeed`, () => HttpResponse.json(feed() as object)),
      );
    }

    it('renders a profile URL through the public AppView: author, bio, facets, reposts, images, permalinks', async () => {
      serveProfile();
      const el = await rendered('https://bsky.app/profile/cginisty.bsky.social', 'show-pinned');
      expect($(el, '[part="name"]')!.textContent).to.equal('Christophe Ginisty');
      expect(($(el, '[part="name"]') as HTMLAnchorElement).href).to.equal('https://bsky.app/profile/cginisty.bsky.social');
      expect($(el, '[part="handle"]')!.textContent).to.equal('@cginisty.bsky.social');
      expect($(el, '[part="links"]')).to.equal(null);
      expect($$(el, '[part="repost"]').length).to.be.greaterThan(0);
      expect($$(el, 'img[part="media"]').length).to.be.greaterThan(0);
      const faceted = $$(el, '[part="text"]').find((p) => p.textContent!.startsWith('🦋 café'))!;
      expect([...faceted.querySelectorAll('a')].map((a) => [a.textContent, a.href])).to.deep.equal([
        ['example.com/x', 'https://example.com/x'],
        ['@alice.bsky.social', 'https://bsky.app/profile/did:plc:a2lic3e7fxq5zbwt6nmyorvu'],
        ['#Fête', 'https://bsky.app/hashtag/F%C3%AAte'],
      ]);
      expect(hrefs(el, '[part="permalink"]').every((href) => href.startsWith('https://bsky.app/profile/'))).to.equal(true);
      expect($(el, '[part="pinned"]')).to.exist;
      expect($$(el, 'article[lang="ja"]').length).to.equal(1);
    });

    it('reads a Bluesky handle as people type it: @name.bsky.social, or a domain handle', async () => {
      const actors: string[] = [];
      worker.use(
        http.get(`${XRPC}/app.bsky.actor.getProfile`, ({ request }) => {
          actors.push(new URL(request.url).searchParams.get('actor')!);
          return HttpResponse.json(blueskyProfile());
        }),
        http.get(`${XRPC}/app.bsky.feed.getAuthorFeed`, () => HttpResponse.json(authorFeed())),
      );
      for (const handle of ['@cginisty.bsky.social', '@Blog.Example.com']) {
        const el = await rendered(handle);
        expect($$(el, 'article').length, handle).to.be.greaterThan(0);
        clearFeedCache();
      }
      expect(actors).to.deep.equal(['cginisty.bsky.social', 'blog.example.com']);
    });

    it('ends a malformed response in the error state', async () => {
      serveProfile(() => ({ feed: 'not a list' }));
      await failsVisibly('https://bsky.app/profile/cginisty.bsky.social');
    });

    it('shows none of the posts of an account that asks to be shown only to signed-in readers, and says so', async () => {
      const labelled = { ...blueskyProfile(), labels: [{ src: 'did:plc:x', uri: 'at://did:plc:x/app.bsky.actor.profile/self', val: '!no-unauthenticated', cts: '2025-01-01T00:00:00.000Z' }] };
      worker.use(
        http.get(`${XRPC}/app.bsky.actor.getProfile`, () => HttpResponse.json(labelled)),
        http.get(`${XRPC}/app.bsky.feed.getAuthorFeed`, () => HttpResponse.json(authorFeed())),
      );
      const el = await fixture<SocialFeed>(html`<social-feed src="@cginisty.bsky.social" lang="fr"></social-feed>`);
      const event = (await oneEvent(el, 'social-feed-error')) as SocialFeedErrorEvent;
      expect(event.detail.error.code).to.equal('signed-in-only');
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.equal('Son auteur ne montre ces publications qu’aux lecteurs connectés.');
      expect($$(el, 'article')).to.have.length(0);
      expect($(el, '[part="retry"]'), 'the account setting is its author’s: trying again cannot help').to.equal(null);
      expect(($(el, '[part="footer"]') as HTMLAnchorElement).href).to.equal('https://bsky.app/profile/cginisty.bsky.social');
    });
  });
  describe('RSS and Atom', () => {
    const xml = (body: string, type = 'application/rss+xml') => () => new HttpResponse(body, { headers: { 'Content-Type': type } });

    it('renders an RSS 2.0 blog feed: the channel as author, items as titled posts with their images', async () => {
      worker.use(http.get('/blog/feed.xml', xml(blogRss())));
      const el = await rendered('/blog/feed.xml');
      expect($(el, '[part="name"]')!.textContent).to.equal('Christophe Ginisty');
      expect($(el, '[part="bio-text"]')!.textContent).to.contain('optimiste exigeant');
      expect(hrefs(el, '[part="link"]')).to.include('https://blog.example/');
      expect($(el, '[part="text"]')!.textContent).to.contain('Les réseaux sociaux & la confiance');
      expect(hrefs(el, '[part="permalink"]')).to.include('https://blog.example/2017/03/26/reseaux-confiance/');
      expect($$(el, 'img[part="media"]').length).to.be.greaterThan(0);
      // Whole articles (content:encoded) never reach the widget.
      expect(el.shadowRoot!.textContent).not.to.contain('message après message. La confiance ne se décrète pas');
    });

    it('detects Atom served as text/xml', async () => {
      worker.use(http.get('/notes.atom', xml(atomFeed(), 'text/xml')));
      const el = await rendered('/notes.atom');
      expect($$(el, 'article').length).to.be.greaterThan(0);
      expect(hrefs(el, '[part="permalink"]').every((href) => href.startsWith('http'))).to.equal(true);
    });

    it('ends malformed XML in the error state', async () => {
      worker.use(http.get('/blog/broken.xml', xml(malformedRss())));
      await failsVisibly('/blog/broken.xml');
    });
  });

  describe('JSON Feed', () => {
    it('renders a JSON Feed 1.1: author, links, titled and untitled items, attachments, languages', async () => {
      worker.use(http.get('/feed.json', () => HttpResponse.json(jsonFeed11(), { headers: { 'Content-Type': 'application/feed+json' } })));
      const el = await rendered('/feed.json');
      expect($(el, '[part="name"]')!.textContent).to.equal('Christophe Ginisty');
      expect($(el, '[part="bio-text"]')!.textContent).to.contain('idéaliste compulsif');
      expect(hrefs(el, '[part="link"]')).to.include.members(['https://blog.example/', 'https://blog.example/feed.json']);
      expect($$(el, '[part="text"]').map((p) => p.textContent)).to.include('Nouvelle note sur #com.\nDétails : example.org/etude');
      expect($$(el, 'article[lang="en-GB"]').length).to.equal(1);
      expect($$(el, 'img[part="media"]').length).to.be.greaterThan(0);
    });

    it('ends a JSON Feed without items in the error state', async () => {
      worker.use(http.get('/feed.json', () => HttpResponse.json({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: 'none' })));
      await failsVisibly('/feed.json');
    });
  });

  describe('X API v2 through a proxy', () => {
    it('renders the reference tweets: display URLs to expanded targets, mentions, hashtags and the retweet', async () => {
      worker.use(http.get('/api/x-timeline', () => HttpResponse.json(referenceTimeline())));
      const el = await rendered('/api/x-timeline');
      expect($(el, '[part="handle"]')!.textContent).to.equal('@cginisty');
      const first = $$(el, '[part="text"]')[0];
      expect([...first.querySelectorAll('a')].map((a) => [a.textContent, a.href])).to.deep.equal([
        [
          'leparisien.fr/international/…',
          'http://www.leparisien.fr/international/etats-unis-elle-a-vote-pour-trump-son-mari-mexicain-sans-papiers-va-etre-expulse-26-03-2017-6797742.php',
        ],
        ['@LeParisienMonde', 'https://x.com/LeParisienMonde'],
      ]);
      expect(hrefs(el, '[part="text"] a').filter((href) => href.includes('/hashtag/'))).to.include('https://x.com/hashtag/Fillon');
      expect($(el, '[part="repost"]')!.textContent!.trim()).to.equal('Republié depuis Natacha Quester-Séméon');
      expect(hrefs(el, '[part="permalink"]')[0]).to.equal('https://x.com/cginisty/status/846031295476666095');
    });

    it('ends an X API error payload in the error state', async () => {
      worker.use(http.get('/api/x-timeline', () => HttpResponse.json(userNotFound())));
      await failsVisibly('/api/x-timeline');
    });
  });
});
