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
    it(`${page}: one ${script} renders the feed, and the page's own listener hears social-feed-load`, async () => {
      const doc = await openPage(`/demo/frameworks/${page}`);
      const status = doc.getElementById('status')!;
      await waitUntil(() => status.textContent !== 'Waiting for the feed…', 'the load event never reached the page', { timeout: 4000 });
      expect(status.textContent).to.equal('6 posts from the network');
      const shadow = doc.querySelector('social-feed')!.shadowRoot!;
      expect(shadow.querySelector('[part="name"]')!.textContent).to.equal('Christophe Ginisty');
      expect(shadow.querySelectorAll('article')).to.have.length(3);
    });
  }
});
