import { expect, waitUntil } from '@open-wc/testing';
import { servedFeed, startWorker, worker } from '../mocks/feed-handlers.js';

/** Opens a demo page in a frame; the page's requests go through this page's msw worker. */
async function openPage(path: string): Promise<Document> {
  const frame = Object.assign(document.createElement('iframe'), { src: path, width: 800, height: 600 });
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

describe('Plain HTML recipes (demo/frameworks/plain*.html)', () => {
  before(startWorker);
  beforeEach(() => worker.use(servedFeed('/api/sam.json').handler));
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    worker.resetHandlers();
  });
  after(() => worker.stop());

  for (const [page, script] of [
    ['plain.html', '<script type="module">'],
    ['plain-classic.html', '<script defer>'],
  ]) {
    it(`${page}: one ${script} renders the feed, and the page's own listener hears social-feed-load`, async function () {
      // Firefox on CI's two cores, with three engines at once, once passed 4 s here. The message tells a slow load (no
      // posts yet) from a missed event (posts shown, status unchanged).
      this.timeout(12_000);
      const doc = await openPage(`/demo/frameworks/${page}`);
      const status = doc.getElementById('status')!;
      const articles = () => doc.querySelector('social-feed')?.shadowRoot?.querySelectorAll('article').length ?? 0;
      const heard = () => status.textContent !== 'Waiting for the feed…';
      await waitUntil(heard, 'the load event never reached the page', { timeout: 10_000 }).catch((error: Error) => {
        throw new Error(`${error.message} (the widget shows ${articles()} posts)`);
      });
      expect(status.textContent).to.equal('6 posts from the network');
      const shadow = doc.querySelector('social-feed')!.shadowRoot!;
      expect(shadow.querySelector('[part="name"]')!.textContent).to.equal('Christophe Ginisty');
      expect(shadow.querySelectorAll('article')).to.have.length(3);
    });

    it(`${page}: the page's listener comes before the widget's script, so a feed that loads first is still heard`, async () => {
      const html = await (await fetch(`/demo/frameworks/${page}`)).text();
      const scripts = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script[src]')].map(
        (script) => script.getAttribute('src')!,
      );
      const widget = scripts.findIndex((src) => /\/dist\/social-feed(\.iife)?\.js$/.test(src));
      expect(widget).to.be.above(-1);
      expect(scripts.indexOf('plain.js')).to.be.within(0, widget - 1);
    });
  }
});
