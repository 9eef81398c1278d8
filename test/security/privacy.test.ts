// What the widget's requests tell other hosts: the feed host and image hosts learn neither the page's address (its
// query included) nor the reader's cookies, wherever the host allows it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import '../../src/index.js';
import type { SocialFeed } from '../../src/social-feed.js';
import { startWorker, worker } from '../mocks/feed-handlers.js';

const DATE = '2024-05-01T12:00:00Z';
const image = () =>
  new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30"/></svg>', {
    headers: { 'Content-Type': 'image/svg+xml' },
  });

/** Serves a native feed whose avatar and post image are on `host`, and records every request the widget makes. */
let version = 0;
function serve(host: string) {
  // A new address each time: the browser's image cache would otherwise answer without a request.
  version++;
  const requests: Request[] = [];
  worker.use(
    http.get('/private/feed.json', ({ request }) => {
      requests.push(request);
      return HttpResponse.json({
        version: 1,
        author: { name: 'Sam', avatar: `${host}/avatar.svg?v=${version}` },
        posts: [{ id: '1', published: DATE, text: 'Bonjour', media: [{ url: `${host}/photo.svg?v=${version}`, alt: 'A photo', width: 40, height: 30 }] }],
      });
    }),
    // A host that refuses anonymous (CORS) image requests, as one without Access-Control-Allow-Origin does.
    http.get('https://no-cors.example/*', ({ request }) => {
      requests.push(request);
      return request.mode === 'cors' ? HttpResponse.error() : image();
    }),
    http.get('https://images.example/*', ({ request }) => {
      requests.push(request);
      return image();
    }),
  );
  return requests;
}

async function show(): Promise<SocialFeed> {
  const el = await fixture<SocialFeed>(html`<social-feed src="/private/feed.json"></social-feed>`);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('img').length === 2, 'no images');
  const images = [...el.shadowRoot!.querySelectorAll('img')];
  await waitUntil(() => images.every((img) => img.complete && img.naturalWidth > 0), 'the images never showed');
  return el;
}

describe('privacy of the requests', () => {
  before(() => startWorker());
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it('fetches the feed with no referrer and no cookies, although the page’s address has a query', async () => {
    expect(location.search).not.to.equal('');
    const requests = serve('https://images.example');
    await show();
    const [feed] = requests;
    expect(new URL(feed.url).pathname).to.equal('/private/feed.json');
    expect(feed.referrer).to.equal('');
    expect(feed.referrerPolicy).to.equal('no-referrer');
    expect(feed.credentials).to.equal('omit');
  });

  it('asks for images with no referrer and without credentials when the host allows CORS', async () => {
    const requests = serve('https://images.example');
    const el = await show();
    for (const img of el.shadowRoot!.querySelectorAll('img')) {
      expect(img.referrerPolicy).to.equal('no-referrer');
      expect(img.crossOrigin).to.equal('anonymous');
    }
    const images = requests.filter((request) => new URL(request.url).host === 'images.example');
    expect(images.map((request) => new URL(request.url).pathname).sort()).to.deep.equal(['/avatar.svg', '/photo.svg']);
    for (const request of images) {
      expect(request.referrer).to.equal('');
      expect(request.mode).to.equal('cors');
      // Same-origin credentials on another origin: no cookie is sent.
      expect(request.credentials).to.equal('same-origin');
    }
  });

  it('shows the images of a host that refuses CORS by asking it again as a plain image, once per host', async () => {
    const requests = serve('https://no-cors.example');
    const el = await show();
    const modes = (path: string, of = requests) => of.filter((request) => new URL(request.url).pathname === path).map((request) => request.mode);
    // Both images are asked for at once: each fails as CORS, then loads as a plain image.
    expect(modes('/avatar.svg')).to.deep.equal(['cors', 'no-cors']);
    expect(modes('/photo.svg')).to.deep.equal(['cors', 'no-cors']);
    for (const img of el.shadowRoot!.querySelectorAll('img')) {
      expect(img.hasAttribute('crossorigin')).to.equal(false);
      expect(img.referrerPolicy).to.equal('no-referrer');
    }
    // Another widget on the page asks that host directly as a plain image.
    clearFeedCache();
    worker.resetHandlers();
    const again = serve('https://no-cors.example');
    await show();
    expect(modes('/photo.svg', again)).to.deep.equal(['no-cors']);
  });
});
