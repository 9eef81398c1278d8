// "Show more" past the posts loaded (issue #13): where the source pages (a Mastodon profile's `max_id`, a Bluesky
// profile's `cursor`, a JSON Feed's `next_url`, a paged Atom or RSS feed's `rel="next"`, an X proxy's `next_token`), the next, older page is fetched, once for the whole page, and the
// link to the author's profile ends the widget, so the reader is never at a dead end.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SocialFeedErrorEvent } from '../src/events.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import { author as blueskyAuthor, postView } from './fixtures/bluesky/author-feed.js';
import { profile as blueskyProfile } from './fixtures/bluesky/profile.js';
import { account } from './fixtures/mastodon/account.js';
import { status } from './fixtures/mastodon/statuses.js';
import { cginisty } from './fixtures/twitter/user-tweets.js';
import { mount } from './helpers/mount.js';
import { startWorker, worker } from './mocks/feed-handlers.js';

const $ = (el: SocialFeed, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const articles = (el: SocialFeed) => [...el.shadowRoot!.querySelectorAll('article')];
const texts = (el: SocialFeed) => articles(el).map((article) => article.querySelector('[part~="text"]')!.textContent!.trim());
const focused = (el: SocialFeed) => el.shadowRoot!.activeElement;

/** Presses "show more" and waits until `count` posts show. */
async function more(el: SocialFeed, count: number) {
  $(el, '[part="more"]')!.click();
  await waitUntil(() => articles(el).length === count, `${count} posts never showed (${articles(el).length})`);
  await el.updateComplete;
}

/** Posts numbered `from` down to `to`, a minute apart: number n is n minutes after 2024-05-01 00:00. */
const numbers = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);
const minute = (n: number) => new Date(Date.UTC(2024, 4, 1, 0, n)).toISOString();

describe('older pages', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  describe('a Mastodon profile', () => {
    const API = 'https://social.example/api/v1/accounts';
    const statuses = (from: number, to: number) => numbers(from, to).map((n) => status(`${n}`, minute(n), `<p>Post ${n}</p>`));

    /** The instance's API: 20 statuses a page, newest first, from post 45 down to post 1; each call recorded. */
    function instance() {
      const calls: URL[] = [];
      worker.use(
        http.get(`${API}/lookup`, () => HttpResponse.json({ ...account(), id: '42' })),
        http.get(`${API}/42/statuses`, ({ request }) => {
          const url = new URL(request.url);
          calls.push(url);
          if (url.searchParams.has('pinned')) return HttpResponse.json([]);
          const below = Number(url.searchParams.get('max_id') ?? 46);
          const limit = Number(url.searchParams.get('limit'));
          return HttpResponse.json(statuses(below - 1, Math.max(1, below - limit)));
        }),
      );
      return calls.filter.bind(calls, (url) => url.searchParams.has('limit'));
    }

    it('shows the posts loaded, then asks for the page below the last one, and ends with the profile link', async () => {
      const pages = instance();
      const el = await mount(html`<social-feed src="@camille@social.example" lang="en" limit="10"></social-feed>`);
      expect(texts(el)).to.deep.equal(numbers(45, 36).map((n) => `Post ${n}`));
      // The end of the widget, from the first render on: the author's profile on their network.
      const footer = $(el, '[part="footer"]') as HTMLAnchorElement;
      expect(footer.href).to.equal('https://social.example/@camille');
      expect(footer.textContent).to.equal('See the posts on social.example');
      // How many posts there are is unknown while older pages remain.
      expect(articles(el)[0].getAttribute('aria-setsize')).to.equal('-1');

      await more(el, 20);
      expect(pages()).to.have.length(1);
      const shown = oneEvent(el, 'social-feed-load');
      await more(el, 30);
      await shown;
      // The second page starts below the last status of the first, as Mastodon's max_id means.
      const second = pages()[1];
      expect(second.searchParams.get('max_id')).to.equal('26');
      expect(second.searchParams.get('exclude_replies')).to.equal('true');
      expect(texts(el).slice(20)).to.deep.equal(numbers(25, 16).map((n) => `Post ${n}`));
      // Focus moves to the first new post, and screen readers hear how many came.
      expect(focused(el)).to.equal(articles(el)[20]);
      expect($(el, '[part="status"]')!.textContent).to.equal('10 more posts shown');

      await more(el, 40);
      await more(el, 45);
      // Five statuses on the last page, fewer than asked: nothing older, the button goes, the profile link stays.
      expect(pages()).to.have.length(3);
      expect($(el, '[part="more"]')).to.equal(null);
      expect($(el, '[part="footer"]')).to.equal(footer);
      expect(articles(el).at(-1)!.getAttribute('aria-setsize')).to.equal('45');
    });

    it('shares an older page with every widget on the source, through the page cache', async () => {
      const pages = instance();
      const first = await mount(html`<social-feed src="@camille@social.example" limit="20"></social-feed>`);
      const second = await mount(html`<social-feed src="@camille@social.example" limit="20"></social-feed>`);
      await more(first, 40);
      await more(second, 40);
      expect(pages().map((url) => url.searchParams.get('max_id'))).to.deep.equal([null, '26']);
    });
  });

  describe('a Bluesky profile', () => {
    const XRPC = 'https://public.api.bsky.app/xrpc';
    const items = (from: number, to: number) =>
      numbers(from, to).map((n) => ({
        post: postView(blueskyAuthor(), { rkey: `3k${n}`, cid: `bafy${n}`, text: `Skeet ${n}`, createdAt: minute(n), indexedAt: minute(n) }),
      }));

    it('asks for the page after the cursor Bluesky gave, until it gives none', async () => {
      const cursors: (string | null)[] = [];
      worker.use(
        http.get(`${XRPC}/app.bsky.actor.getProfile`, () => HttpResponse.json(blueskyProfile())),
        http.get(`${XRPC}/app.bsky.feed.getAuthorFeed`, ({ request }) => {
          const cursor = new URL(request.url).searchParams.get('cursor');
          cursors.push(cursor);
          // Two pages of 20; the second, the last, comes without a cursor.
          return HttpResponse.json(cursor === null ? { feed: items(40, 21), cursor: minute(21) } : { feed: items(20, 1) });
        }),
      );
      const el = await mount(html`<social-feed src="@cginisty.bsky.social" limit="20"></social-feed>`);
      await more(el, 40);
      expect(cursors).to.deep.equal([null, minute(21)]);
      expect(texts(el).at(-1)).to.equal('Skeet 1');
      expect($(el, '[part="more"]')).to.equal(null);
      expect(($(el, '[part="footer"]') as HTMLAnchorElement).href).to.equal('https://bsky.app/profile/cginisty.bsky.social');
    });
  });

  describe('an X proxy', () => {
    const page = (from: number, to: number, nextToken?: string) => ({
      data: numbers(from, to).map((n) => ({ id: `17${n}`, text: `Tweet ${n}`, edit_history_tweet_ids: [`17${n}`], author_id: cginisty().id, created_at: minute(n) })),
      includes: { users: [cginisty()] },
      meta: { result_count: from - to + 1, ...(nextToken && { next_token: nextToken }) },
    });

    it('asks the proxy for the page X’s next_token names, then links to the author on x.com', async () => {
      const tokens: (string | null)[] = [];
      worker.use(
        http.get('/api/x-older', ({ request }) => {
          const token = new URL(request.url).searchParams.get('pagination_token');
          tokens.push(token);
          return HttpResponse.json(token === null ? page(10, 6, '7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i') : page(5, 1));
        }),
      );
      const el = await mount(html`<social-feed src="/api/x-older" format="twitter" limit="5"></social-feed>`);
      await more(el, 10);
      expect(tokens).to.deep.equal([null, '7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i']);
      expect(texts(el).at(-1)).to.equal('Tweet 1');
      expect($(el, '[part="more"]')).to.equal(null);
      expect(($(el, '[part="footer"]') as HTMLAnchorElement).href).to.equal('https://x.com/cginisty');
    });
  });

  describe('a JSON Feed', () => {
    const item = (n: number) => ({ id: `${n}`, content_text: `Item ${n}`, date_published: minute(n), url: `https://blog.example/${n}` });
    const page = (from: number, to: number, next?: string) => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Blog',
      home_page_url: 'https://blog.example/',
      items: numbers(from, to).map(item),
      ...(next && { next_url: next }),
    });

    it('follows next_url on the feed’s origin, then links to the author’s site once every post shows', async () => {
      worker.use(
        http.get('/older/feed.json', () => HttpResponse.json(page(10, 6, '/older/feed-2.json'))),
        http.get('/older/feed-2.json', () => HttpResponse.json(page(5, 1))),
      );
      const el = await mount(html`<social-feed src="/older/feed.json" limit="5"></social-feed>`);
      // A feed is no profile: no link at the end while posts remain.
      expect($(el, '[part="footer"]')).to.equal(null);
      await more(el, 10);
      expect(texts(el).slice(5)).to.deep.equal(numbers(5, 1).map((n) => `Item ${n}`));
      expect($(el, '[part="more"]')).to.equal(null);
      expect(($(el, '[part="footer"]') as HTMLAnchorElement).href).to.equal('https://blog.example/');
    });

    it('does not follow a next_url on another origin', async () => {
      let asked = false;
      worker.use(
        http.get('/older/away.json', () => HttpResponse.json(page(10, 6, 'https://tracker.example/next.json'))),
        http.get('https://tracker.example/*', () => {
          asked = true;
          return HttpResponse.json(page(5, 1));
        }),
      );
      const el = await mount(html`<social-feed src="/older/away.json" limit="5"></social-feed>`);
      expect($(el, '[part="more"]')).to.equal(null);
      expect(asked).to.equal(false);
    });

    it('says when an older page fails, keeps the posts and the button, and tries again on the next press', async () => {
      let fail = true;
      worker.use(
        http.get('/older/flaky.json', () => HttpResponse.json(page(10, 6, '/older/flaky-2.json'))),
        http.get('/older/flaky-2.json', () => (fail ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(page(5, 1)))),
      );
      const el = await mount(html`<social-feed src="/older/flaky.json" limit="5" lang="en"></social-feed>`);
      const button = $(el, '[part="more"]')!;
      const failed = oneEvent(el, 'social-feed-error');
      button.click();
      await el.updateComplete;
      // While the page is on its way, the button and the feed say they are busy.
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="posts"]')!.getAttribute('aria-busy')).to.equal('true');
      const { detail } = (await failed) as SocialFeedErrorEvent;
      expect(detail.error.code).to.equal('http');
      await waitUntil(() => button.getAttribute('aria-busy') === 'false', 'the button stayed busy');
      expect(articles(el)).to.have.length(5);
      expect($(el, '[part="status"]')!.textContent).to.equal('The feed could not be loaded.');
      expect($(el, '[part="more"]')).to.equal(button);
      fail = false;
      await more(el, 10);
      expect($(el, '[part="status"]')!.textContent).to.equal('5 more posts shown');
    });

    it('ends at a page it cannot read, or one that brings nothing new, and focus goes on to the footer', async () => {
      worker.use(
        http.get('/older/loop.json', () => HttpResponse.json(page(10, 6, '/older/loop.json?again'))),
        http.get('/older/broken.json', () => HttpResponse.json(page(10, 6, '/older/broken-2.json'))),
        http.get('/older/broken-2.json', () => HttpResponse.json({ items: 'none' })),
      );
      for (const src of ['/older/loop.json', '/older/broken.json']) {
        const el = await mount(html`<social-feed src=${src} limit="5"></social-feed>`);
        $(el, '[part="more"]')!.click();
        await waitUntil(() => !$(el, '[part="more"]'), `${src}: the button stayed`);
        await waitUntil(() => focused(el) === $(el, '[part="footer"]'), `${src}: focus did not go on to the footer`);
        expect(articles(el)).to.have.length(5);
      }
    });
  });

  describe('a paged Atom feed (RFC 5005)', () => {
    const entry = (n: number) => `<entry><id>urn:n:${n}</id><title>Entry ${n}</title><updated>${minute(n)}</updated></entry>`;
    const atom = (from: number, to: number, next?: string) =>
      new HttpResponse(
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><link href="https://blog.example/"/>${
          next ? `<link rel="next" href="${next}"/>` : ''
        }${numbers(from, to).map(entry).join('')}</feed>`,
        { headers: { 'Content-Type': 'application/atom+xml' } },
      );

    it('follows its rel="next" link, then links to the author’s site once every post shows', async () => {
      worker.use(
        http.get('/older/index.atom', ({ request }) => (new URL(request.url).searchParams.get('page') === '2' ? atom(5, 1) : atom(10, 6, 'index.atom?page=2'))),
      );
      const el = await mount(html`<social-feed src="/older/index.atom" limit="5"></social-feed>`);
      await more(el, 10);
      expect(texts(el).slice(5)).to.deep.equal(numbers(5, 1).map((n) => `Entry ${n}`));
      expect($(el, '[part="more"]')).to.equal(null);
      expect(($(el, '[part="footer"]') as HTMLAnchorElement).href).to.equal('https://blog.example/');
    });
  });

  describe('several sources', () => {
    const items = (name: string, minutes: number[]) => minutes.map((n) => ({ id: `${name}${n}`, content_text: `${name} ${n}`, date_published: minute(n) }));
    const feed = (name: string, minutes: number[], next?: string) => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: name,
      items: items(name, minutes),
      ...(next && { next_url: next }),
    });

    it('pages the source whose posts end first, and shows the posts of all in time order as each page comes', async () => {
      const asked: string[] = [];
      const serve = (path: string, body: object) =>
        http.get(path, () => {
          asked.push(path);
          return HttpResponse.json(body);
        });
      // The blog pages (its first page ends at minute 60); the notes do not, and reach back to minute 10.
      worker.use(
        serve('/older/blog.json', feed('blog', [100, 80, 60], '/older/blog-2.json')),
        serve('/older/blog-2.json', feed('blog', [40, 20])),
        serve('/older/notes.json', feed('notes', [90, 70, 50, 30, 10])),
      );
      const el = await mount(html`<social-feed src="/older/blog.json /older/notes.json" limit="3"></social-feed>`);
      expect(texts(el)).to.deep.equal(['blog 100', 'notes 90', 'blog 80']);
      // The notes older than minute 60 wait for the blog's next page: they would show before posts still on it.
      await more(el, 5);
      expect(texts(el).slice(3)).to.deep.equal(['notes 70', 'blog 60']);
      expect(asked).to.have.members(['/older/blog.json', '/older/notes.json']);
      await more(el, 9);
      expect(asked.slice(2)).to.deep.equal(['/older/blog-2.json']);
      expect(texts(el).slice(5)).to.deep.equal(['notes 50', 'blog 40', 'notes 30', 'blog 20']);
      await more(el, 10);
      expect(texts(el).slice(9)).to.deep.equal(['notes 10']);
      expect($(el, '[part="more"]')).to.equal(null);
    });
  });
});
