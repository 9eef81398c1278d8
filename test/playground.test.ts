import { expect, waitUntil } from '@open-wc/testing';
import { servedFeed, startWorker, worker } from './mocks/feed-handlers.js';

/** Opens demo/playground.html in a frame; its requests go through this page's msw worker. */
async function openPlayground(): Promise<Document> {
  const frame = Object.assign(document.createElement('iframe'), { src: '/demo/playground.html', width: 1280, height: 800 });
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

/** Sets a form control's value as a person would, firing the events the page listens to. */
function enter(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('demo/playground.html', () => {
  let doc: Document;
  const snippet = () => doc.querySelector('textarea')!.value;
  const widget = () => doc.querySelector('#stage social-feed')!;
  const articles = () => widget().shadowRoot?.querySelectorAll('article').length ?? 0;

  before(startWorker);
  beforeEach(async () => {
    worker.use(servedFeed('/api/cginisty.json').handler);
    doc = await openPlayground();
    await waitUntil(() => articles() === 5, 'the first example never rendered');
  });
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    worker.resetHandlers();
  });
  after(() => worker.stop());

  it('starts with the blog example, its snippet and its widget', () => {
    expect(snippet()).to.equal(
      '<script type="module" src="https://unpkg.com/social-feed/dist/social-feed.js"></script>\n' +
        '<social-feed src="/api/cginisty.json" lang="fr" style="display: block; min-block-size: 50rem"></social-feed>',
    );
    expect(widget().getAttribute('src')).to.equal('/api/cginisty.json');
  });

  it('updates the snippet and the live widget when an option changes', async () => {
    enter(doc.querySelector<HTMLInputElement>('#limit')!, '3');
    doc.querySelector<HTMLInputElement>('input[name="hide-reposts"]')!.click();
    doc.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click();
    // The reserved height follows the limit: 10rem + 8rem a post.
    expect(snippet()).to.contain(
      '<social-feed src="/api/cginisty.json" limit="3" lang="fr" theme="dark" hide-reposts style="display: block; min-block-size: 34rem"></social-feed>',
    );
    await waitUntil(() => articles() === 3, 'the widget never showed three posts');
    expect([widget().getAttribute('theme'), widget().hasAttribute('hide-reposts')]).to.deep.equal(['dark', true]);
  });

  it('reserves the placeholder of ten posts at most, and of the default five for a limit that is no number', () => {
    const limit = doc.querySelector<HTMLInputElement>('#limit')!;
    enter(limit, '40');
    expect(snippet()).to.contain('min-block-size: 90rem');
    enter(limit, '0');
    expect(snippet()).to.contain('min-block-size: 50rem');
  });

  it('escapes a pasted URL in the snippet and hands it to the widget as it is', () => {
    const pasted = '/feed.json?a=1&b="><script>alert(1)</script>';
    enter(doc.querySelector<HTMLInputElement>('#src')!, pasted);
    expect(snippet()).to.contain('src="/feed.json?a=1&amp;b=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(widget().getAttribute('src')).to.equal(pasted);
    expect(doc.querySelector('script:not([src])')).to.equal(null);
  });
});
