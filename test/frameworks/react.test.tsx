import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createRoot, type Root } from 'react-dom/client';
import { AuthorSidebar } from '../../demo/frameworks/react/author-sidebar.js';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import { FEED_URL, startWorker, worker } from '../mocks/feed-handlers.js';

describe('React 19 recipe (demo/frameworks/react)', () => {
  let host: HTMLElement;
  let root: Root;

  before(startWorker);
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  const status = () => host.querySelector('[role="status"]')?.textContent;
  /** Resolves once the component's status line no longer says it is loading. */
  const settled = (message?: string) => waitUntil(() => status() && status() !== 'Loading…', message);

  it('renders the feed, and its onsocial-feed-load handler hears the load', async () => {
    root.render(<AuthorSidebar src={FEED_URL} />);
    await settled('the load event never reached React');
    expect(status()).to.equal('6 posts from the network');
    const el = host.querySelector('social-feed')!;
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Christophe Ginisty');
  });

  it('sets its props as properties: limit, layout and hideReposts reach the element', async () => {
    root.render(<AuthorSidebar src={FEED_URL} />);
    await settled();
    const el = host.querySelector('social-feed')!;
    await el.updateComplete;
    // Six posts, the oldest a repost: hideReposts leaves five, under the limit of six.
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(5);
    expect(el.shadowRoot!.querySelector('[part="repost"]')).to.equal(null);
    expect([el.limit, el.hideReposts, el.getAttribute('layout')]).to.deep.equal([6, true, 'compact']);
  });

  it('hears a failure through onsocial-feed-error', async () => {
    worker.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 503 })));
    root.render(<AuthorSidebar src={FEED_URL} />);
    await settled('the error event never reached React');
    expect(status()).to.equal('Could not load the feed (http)');
  });

  it('reaches the element through a typed ref: Reload fetches again', async () => {
    const requests: string[] = [];
    const listener = ({ request }: { request: Request }) => void requests.push(request.url);
    worker.events.on('request:start', listener);
    root.render(<AuthorSidebar src={FEED_URL} />);
    await settled();
    host.querySelector('button')!.click();
    await waitUntil(() => requests.length === 2, 'Reload made no request');
    worker.events.removeListener('request:start', listener);
  });
});
