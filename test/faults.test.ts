// Every fault issue #4 lists, met by a real <social-feed> through msw: what the reader sees, the event a page
// hears, and that nothing already shown is lost.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import { MAX_POSTS } from '../src/source/adapters/bounds.js';
import { clearFeedCache } from '../src/watch/feed-cache.js';
import { cacheKey } from '../src/watch/watch-source.js';
import type { FeedErrorCode } from '../src/errors.js';
import type { SocialFeedErrorEvent, SocialFeedLoadEvent } from '../src/events.js';
import { loadStrings } from '../src/i18n/index.js';
import '../src/index.js';
import type { SocialFeed } from '../src/social-feed.js';
import type { FeedFormat } from '../src/types.js';
import { nativeFeed, type NativePostJson } from './fixtures/native-feed.js';
import { FEED_URL, servedFeed, startWorker, worker } from './mocks/feed-handlers.js';
import { settled } from './helpers/mount.js';
import { part, parts } from './helpers/parts.js';

const MINUTE = 60_000;
const MAX_BYTES = 2_000_000;

const alertOf = (el: SocialFeed) => el.shadowRoot!.querySelector<HTMLElement>('[part="status"][role="alert"]');
const permalinks = (el: SocialFeed) => parts(el, 'permalink').map((link) => (link as HTMLAnchorElement).href);


function serve(body: () => unknown) {
  const served = servedFeed(FEED_URL, body as () => never);
  worker.use(served.handler);
  return served.requests;
}

/** A valid native feed padded past the 2 MB cap: only its size is wrong. */
const hugeFeed = () => JSON.stringify(nativeFeed({ author: { name: 'Huge', bio: 'x'.repeat(MAX_BYTES + 100_000) } }));

/** The huge feed in 64 KB chunks, without a Content-Length: the cap must be met while reading. */
function streamedHugeFeed() {
  const bytes = new TextEncoder().encode(hugeFeed());
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(bytes.subarray(sent, (sent += 64 * 1024)));
      if (sent >= bytes.byteLength) controller.close();
    },
  });
  return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
}

interface Fault {
  name: string;
  respond: HttpResponseResolver;
  code: FeedErrorCode;
  status?: number;
  lang: 'en' | 'fr';
  /** The alert's text in `lang`. */
  message: string;
  format?: FeedFormat;
  /** The widget's `timeout` attribute, in seconds. */
  timeout?: number;
  /** Whether the response declares its length: the two ways a body can be over the cap. */
  declaresLength?: boolean;
}

const httpStatus = (status: number) => () => new HttpResponse('Nope', { status });

const faults: Fault[] = [
  // The status is for developers (the event, the console): readers get one plain line.
  { name: 'HTTP 404', respond: httpStatus(404), code: 'http', status: 404, lang: 'en', message: 'The feed could not be loaded.' },
  { name: 'HTTP 500', respond: httpStatus(500), code: 'http', status: 500, lang: 'en', message: 'The feed could not be loaded.' },
  { name: 'HTTP 503', respond: httpStatus(503), code: 'http', status: 503, lang: 'fr', message: 'Le fil n’a pas pu être chargé.' },
  { name: 'a network error', respond: () => HttpResponse.error(), code: 'network', lang: 'fr', message: 'Le fil est injoignable. Vérifiez votre connexion.' },
  {
    name: 'an endpoint that never answers',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json(nativeFeed());
    },
    code: 'timeout',
    lang: 'en',
    timeout: 0.3,
    message: 'The feed took too long to answer.',
  },
  {
    // Headers and the first bytes, then nothing: a proxy or server that hangs mid-answer.
    name: 'an endpoint that stops answering after its first bytes',
    respond: () =>
      new HttpResponse(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"version": 1, ')) }), {
        headers: { 'Content-Type': 'application/json' },
      }),
    code: 'timeout',
    lang: 'fr',
    timeout: 0.3,
    message: 'Le fil a mis trop de temps à répondre.',
  },
  {
    name: 'invalid JSON',
    respond: () => new HttpResponse('{"version": 1, "author": {"name": "Cut', { headers: { 'Content-Type': 'application/json' } }),
    code: 'invalid-json',
    lang: 'en',
    message: 'The feed could not be read.',
  },
  {
    name: 'JSON that is no feed, with format auto',
    respond: () => HttpResponse.json({ status: 'ok', results: [{ title: 'Not a post' }] }),
    code: 'unsupported-format',
    lang: 'en',
    message: 'This feed format is not supported.',
  },
  {
    name: 'a JSON Feed where format="native" is promised',
    respond: () => HttpResponse.json({ version: 'https://jsonfeed.org/version/1.1', title: 'Blog', items: [] }),
    format: 'native',
    code: 'invalid-shape',
    lang: 'fr',
    message: 'Le fil est illisible.',
  },
  {
    name: 'a 2.1 MB body that declares its Content-Length',
    respond: () => HttpResponse.text(hugeFeed(), { headers: { 'Content-Type': 'application/json' } }),
    code: 'too-large',
    lang: 'en',
    message: 'The feed is too large to show.',
    declaresLength: true,
  },
  {
    name: 'a 2.1 MB body streamed without Content-Length',
    respond: streamedHugeFeed,
    code: 'too-large',
    lang: 'fr',
    message: 'Le fil est trop volumineux pour être affiché.',
    declaresLength: false,
  },
];

const STALE = {
  en: 'Could not refresh: these posts may be out of date.',
  fr: 'Actualisation impossible : ces publications ne sont peut-être pas à jour.',
};

const faultyWidget = (fault: Fault) =>
  fixture<SocialFeed>(
    html`<social-feed src=${FEED_URL} lang=${fault.lang} format=${fault.format ?? 'auto'} timeout=${fault.timeout ?? nothing}></social-feed>`,
  );

/** The key the widget stores the reference feed under (`social-feed:v1:` + its cache key: URL, format, post count). */
const storageKey = (version = 'v1') => `social-feed:${version}:${cacheKey(FEED_URL, 'auto', 20)}`;

/** An entry in the shape the widget writes, which it would show if it read it. */
const storedEntry = (name: string, text: string) =>
  JSON.stringify({
    feed: { author: { name }, links: [], posts: [{ id: 'stored', text, published: new Date().toISOString(), media: [] }] },
    fetchedAt: Date.now(),
  });

describe('<social-feed> faults', () => {
  const errors: SocialFeedErrorEvent[] = [];
  const loads: SocialFeedLoadEvent[] = [];
  const onError = (event: SocialFeedErrorEvent) => errors.push(event);
  const onLoad = (event: SocialFeedLoadEvent) => loads.push(event);

  // French loads on demand; loading it first keeps the French assertions independent of that timing.
  before(() => Promise.all([startWorker(), loadStrings('fr')]));
  beforeEach(() => {
    errors.length = loads.length = 0;
    document.addEventListener('social-feed-error', onError);
    document.addEventListener('social-feed-load', onLoad);
  });
  afterEach(() => {
    document.removeEventListener('social-feed-error', onError);
    document.removeEventListener('social-feed-load', onLoad);
    worker.resetHandlers();
    clearFeedCache();
    for (const key of Object.keys(localStorage)) if (key.startsWith('social-feed:')) localStorage.removeItem(key);
  });
  after(() => worker.stop());

  for (const fault of faults) {
    describe(fault.name, () => {
      it(`shows "${fault.message}" with a retry button, and fires social-feed-error '${fault.code}'`, async () => {
        worker.use(http.get(FEED_URL, fault.respond));
        if (fault.declaresLength !== undefined) {
          // The served body really takes the path this case is about.
          const response = await fetch(FEED_URL);
          expect(response.headers.has('content-length')).to.equal(fault.declaresLength);
          await response.body?.cancel();
        }
        const el = await settled(await faultyWidget(fault));
        expect(alertOf(el)!.textContent!.trim()).to.equal(fault.message);
        expect(parts(el, 'post')).to.have.length(0);
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
        expect(errors.map(({ detail }) => [detail.error.code, detail.error.status])).to.deep.equal([[fault.code, fault.status]]);
        expect(errors[0].target).to.equal(el);
        expect(loads).to.have.length(0);
        // The retry button is a real way out once the endpoint recovers.
        serve(() => nativeFeed());
        part(el, 'retry').click();
        await waitUntil(() => parts(el, 'post').length === 5, 'retry never showed the feed');
        expect(alertOf(el)).to.equal(null);
      });

      it('keeps every post shown when a reload meets it: no alert, a stale line, and social-feed-error', async () => {
        serve(() => nativeFeed());
        const el = await settled(await faultyWidget(fault));
        const shown = parts(el, 'post').map((post) => post.textContent);
        expect(shown).to.have.length(5);
        worker.use(http.get(FEED_URL, fault.respond));
        el.reload();
        await waitUntil(() => errors.length > 0, 'no social-feed-error', { timeout: 4000 });
        await el.updateComplete;
        expect(errors.map(({ detail }) => [detail.error.code, detail.error.status])).to.deep.equal([[fault.code, fault.status]]);
        expect(parts(el, 'post').map((post) => post.textContent)).to.deep.equal(shown);
        expect(alertOf(el)).to.equal(null);
        expect(parts(el, 'retry')).to.have.length(0);
        const stale = part(el, 'stale');
        expect(stale.textContent!.trim()).to.equal(STALE[fault.lang]);
        expect(stale.getAttribute('role')).to.equal('status');
      });
    });
  }

  it('shows a busy skeleton while a slow endpoint answers, then the posts, without an error', async () => {
    worker.use(
      http.get(FEED_URL, async () => {
        await delay(400);
        return HttpResponse.json(nativeFeed());
      }),
    );
    const el = await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`);
    const list = part(el, 'posts');
    expect(list.getAttribute('aria-busy')).to.equal('true');
    expect(list.querySelectorAll('[aria-hidden="true"]')).to.have.length(5);
    expect(parts(el, 'post')).to.have.length(0);
    await settled(el);
    expect(part(el, 'posts').getAttribute('aria-busy')).to.equal('false');
    expect(parts(el, 'post')).to.have.length(5);
    expect(loads.map(({ detail }) => detail.source)).to.deep.equal(['network']);
    expect(errors).to.have.length(0);
    expect(alertOf(el)).to.equal(null);
  });

  describe('dates', () => {
    it('skips a post dated February 30th instead of moving it to March 2nd', async () => {
      const valid = nativeFeed().posts.slice(0, 2);
      const impossible: NativePostJson = { id: 'feb30', url: 'https://example.com/feb30', text: 'Dated February 30th', published: '2017-02-30T10:00:00+01:00' };
      serve(() => nativeFeed({ posts: [valid[0], impossible, valid[1]] }));
      const el = await settled(await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`));
      expect(permalinks(el)).to.deep.equal(valid.map((post) => post.url));
      expect(errors).to.have.length(0);
    });

    it('skips posts dated "yesterday" or in month 13, and shows every valid post', async () => {
      const valid = nativeFeed().posts.slice(0, 3);
      const invalid = (id: string, published: string): NativePostJson => ({ id, url: `https://example.com/${id}`, text: `Dated ${published}`, published });
      serve(() => nativeFeed({ posts: [valid[0], invalid('words', 'yesterday'), valid[1], invalid('month13', '2017-13-01T10:00:00Z'), valid[2]] }));
      const el = await settled(await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`));
      expect(permalinks(el)).to.deep.equal(valid.map((post) => post.url));
      expect(el.shadowRoot!.textContent).not.to.contain('Dated');
      expect(loads.map(({ detail }) => detail.feed.posts.length)).to.deep.equal([3]);
      expect(errors).to.have.length(0);
    });

    it('shows a post dated 3 minutes ahead (clock skew) as "now" and "maintenant", never "in 3 minutes"', async () => {
      const published = new Date(Date.now() + 3 * MINUTE).toISOString();
      serve(() => nativeFeed({ posts: [{ ...nativeFeed().posts[0], published }] }));
      const host = await fixture(html`<div>
        <social-feed src=${FEED_URL} lang="en"></social-feed><social-feed src=${FEED_URL} lang="fr"></social-feed>
      </div>`);
      const [en, fr] = await Promise.all([...host.querySelectorAll('social-feed')].map((el) => settled(el)));
      // The post shown really is the future one.
      expect(part(en, 'time').getAttribute('datetime')).to.equal(published);
      expect(part(en, 'time').textContent).to.equal('now');
      expect(part(fr, 'time').textContent).to.equal('maintenant');
      expect(errors).to.have.length(0);
    });
  });

  it('shows a post whose id is duplicated once, keeping the first', async () => {
    const [first, other] = nativeFeed().posts;
    const copy = { ...first, url: 'https://example.com/copy', text: 'A second post under the same id' };
    serve(() => nativeFeed({ posts: [first, { ...first }, copy, other] }));
    const el = await settled(await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`));
    expect(permalinks(el)).to.deep.equal([first.url, other.url]);
    expect(el.shadowRoot!.textContent).not.to.contain('A second post under the same id');
    expect(errors).to.have.length(0);
  });

  it('renders exactly limit="3" of 5000 posts, the newest, with "show more" for the 500 newest kept', async () => {
    const start = Date.parse('2024-06-01T12:00:00Z');
    const posts = Array.from({ length: 5000 }, (_, i): NativePostJson => ({
      id: `p${i}`,
      url: `https://example.com/p${i}`,
      text: `Post ${i}`,
      published: new Date(start - i * MINUTE).toISOString(),
    }));
    serve(() => nativeFeed({ posts: posts.slice().reverse() }));
    const el = await settled(await fixture<SocialFeed>(html`<social-feed src=${FEED_URL} limit="3"></social-feed>`));
    expect(parts(el, 'post')).to.have.length(3);
    expect(permalinks(el)).to.deep.equal(posts.slice(0, 3).map((post) => post.url));
    const more = part(el, 'more');
    expect(more.textContent).to.equal('Show more');
    // The newest MAX_POSTS are kept in the feed, and "show more" reveals the next three.
    expect(loads[0].detail.feed.posts.map((post) => post.id)).to.deep.equal(posts.slice(0, MAX_POSTS).map((post) => post.id));
    more.click();
    await el.updateComplete;
    expect(permalinks(el)).to.deep.equal(posts.slice(0, 6).map((post) => post.url));
  });

  describe('when nothing can be shown, readers get the page’s own content and a way on', () => {
    it('keeps the element’s own content visible under one plain line, with Retry', async () => {
      worker.use(http.get(FEED_URL, httpStatus(503)));
      const el = await settled(
        await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}><p>Sam writes about the open web. <a href="https://social.example/@sam">Follow Sam</a></p></social-feed>`),
      );
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((child) => child.textContent)).to.deep.equal(['Sam writes about the open web. Follow Sam']);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(alertOf(el)!.textContent!.trim()).to.equal('The feed could not be loaded.');
      expect(part(el, 'retry').textContent).to.equal('Try again');
      expect(parts(el, 'footer')).to.have.length(0);
      // Nothing a developer would write is shown: no status code.
      expect(el.shadowRoot!.textContent).not.to.match(/503|HTTP/);
    });

    it('links to the profile on its network when the address is a profile or a handle', async () => {
      worker.use(http.get('https://social.example/api/v1/accounts/lookup', () => HttpResponse.error()));
      const el = await settled(await fixture<SocialFeed>(html`<social-feed src="@sam@social.example" lang="fr"></social-feed>`));
      const footer = part(el, 'footer') as HTMLAnchorElement;
      expect(footer.href).to.equal('https://social.example/@sam');
      expect(footer.textContent).to.equal('Voir les publications sur social.example');
      expect(footer.rel).to.equal('noopener noreferrer nofollow ugc');
    });

    it('tells developers what went wrong in the console and the event, with the status', async () => {
      worker.use(http.get(FEED_URL, httpStatus(503)));
      const warned: unknown[][] = [];
      const { warn } = console;
      console.warn = (...args: unknown[]) => warned.push(args);
      try {
        await settled(await fixture<SocialFeed>(html`<social-feed src=${FEED_URL}></social-feed>`));
      } finally {
        console.warn = warn;
      }
      expect(warned.map(([message]) => String(message))).to.deep.equal([`<social-feed src="${FEED_URL}">: HTTP 503 from ${new URL(FEED_URL, location.href).href}`]);
      expect(errors[0].detail.error.status).to.equal(503);
    });
  });

  describe('Web Storage', () => {
    const localWidget = () => fixture<SocialFeed>(html`<social-feed src=${FEED_URL} storage="local"></social-feed>`);

    it('shows a good entry stored under the widget’s key at once, without a request (the key the cases below use)', async () => {
      const requests = serve(() => nativeFeed());
      localStorage.setItem(storageKey(), storedEntry('Stored Author', 'From storage'));
      const el = await settled(await localWidget());
      expect(part(el, 'name').textContent).to.equal('Stored Author');
      expect(loads.map(({ detail }) => detail.source)).to.deep.equal(['storage']);
      expect(requests).to.have.length(0);
    });

    for (const [kind, value] of [
      ['not JSON', '{"feed": {"author": '],
      ['JSON of the wrong shape', '{"feed": {"author": {"name": 1}, "posts": "none"}, "fetchedAt": "today"}'],
      // A field the widget renders, of the wrong type: it used to throw in render and leave the widget loading.
      ['a feed whose bio is not text', storedEntry('Stored Author', 'From storage').replace('"name":"Stored Author"', '"name":"Stored Author","bio":5')],
    ]) {
      it(`loads from the network, without an error, over a stored entry that is ${kind}, and replaces it`, async () => {
        const requests = serve(() => nativeFeed());
        localStorage.setItem(storageKey(), value);
        const el = await settled(await localWidget());
        expect(parts(el, 'post')).to.have.length(5);
        expect(loads.map(({ detail }) => detail.source)).to.deep.equal(['network']);
        expect(requests).to.have.length(1);
        expect(errors).to.have.length(0);
        await waitUntil(() => localStorage.getItem(storageKey())?.includes('Christophe Ginisty'), 'the good feed was never stored');
      });
    }

    it('counts an entry fetched "in the future" as stale: shows it, then asks the network at once', async () => {
      const requests = serve(() => nativeFeed());
      const future = JSON.parse(storedEntry('Stored Author', 'From storage'));
      localStorage.setItem(storageKey(), JSON.stringify({ ...future, fetchedAt: Date.now() + 365 * 24 * 3600_000 }));
      const el = await localWidget();
      await waitUntil(() => loads.length === 2, 'never revalidated');
      expect(loads.map(({ detail }) => detail.source)).to.deep.equal(['storage', 'network']);
      expect(requests).to.have.length(1);
      expect(part(el, 'name').textContent).to.equal('Christophe Ginisty');
    });

    it('ignores an entry of another version and loads from the network', async () => {
      const requests = serve(() => nativeFeed());
      localStorage.setItem(storageKey('v0'), storedEntry('Old Version', 'From an older widget'));
      const el = await settled(await localWidget());
      expect(part(el, 'name').textContent).to.equal('Christophe Ginisty');
      expect(el.shadowRoot!.textContent).not.to.contain('From an older widget');
      expect(loads.map(({ detail }) => detail.source)).to.deep.equal(['network']);
      expect(requests).to.have.length(1);
      expect(errors).to.have.length(0);
    });

    it('shows the feed without an error event when storing it exceeds the quota', async () => {
      serve(() => nativeFeed());
      const { setItem } = Storage.prototype;
      const tried: string[] = [];
      Storage.prototype.setItem = (key: string) => {
        tried.push(key);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        const el = await settled(await localWidget());
        await waitUntil(() => tried.includes(storageKey()), 'the widget never tried to store the feed');
        await el.updateComplete;
        expect(parts(el, 'post')).to.have.length(5);
        expect(alertOf(el)).to.equal(null);
        expect(errors).to.have.length(0);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('shows the feed without an error event when reading localStorage itself throws a SecurityError', async () => {
      serve(() => nativeFeed());
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      let reads = 0;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          reads++;
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      try {
        const el = await settled(await localWidget());
        // Once to read the stored copy, once to store the new one.
        await waitUntil(() => reads >= 2, 'the widget never tried storage');
        await el.updateComplete;
        expect(parts(el, 'post')).to.have.length(5);
        expect(alertOf(el)).to.equal(null);
        expect(errors).to.have.length(0);
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else Reflect.deleteProperty(window, 'localStorage');
      }
    });
  });
});
