// What every framework's author-sidebar recipe must do, the same for each; a recipe's own file adds what is its own.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import type { SocialFeed } from '../../src/social-feed.js';
import { FEED_URL, startWorker, worker } from '../mocks/feed-handlers.js';

/** How a recipe's test mounts and unmounts its sidebar component, and how the framework names the event handlers. */
export interface Recipe {
  mount(host: HTMLElement, src: string): void;
  unmount(): unknown;
  /** How the handlers are written in this framework, for the test names: `onsocial-feed-load`, `@social-feed-load`. */
  handlers: { load: string; error: string };
}

/** The host the sidebar is mounted in, its status line, and a wait for that line to leave "Loading…". */
export const sidebar = {
  host: undefined as unknown as HTMLElement,
  status: () => sidebar.host.querySelector('[role="status"]')?.textContent,
  settled: (message?: string) => waitUntil(() => sidebar.status() && sidebar.status() !== 'Loading…', message),
  /** The recipe's <social-feed>. */
  element: (): SocialFeed => sidebar.host.querySelector('social-feed')!,
};

/** Declares the shared specification of a recipe inside its describe() block, hooks included. */
export function specifySidebarRecipe(recipe: Recipe): void {
  before(startWorker);
  beforeEach(() => {
    sidebar.host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(async () => {
    await recipe.unmount();
    sidebar.host.remove();
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it(`renders the feed, and its ${recipe.handlers.load} handler hears the load`, async () => {
    recipe.mount(sidebar.host, FEED_URL);
    await sidebar.settled('the load event never reached the framework');
    expect(sidebar.status()).to.equal('6 posts from the network');
    expect(sidebar.element().shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Christophe Ginisty');
  });

  it('passes values as properties, and updates them: unchecking "Hide reposts" shows the repost', async () => {
    recipe.mount(sidebar.host, FEED_URL);
    const el = sidebar.element();
    await sidebar.settled();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(5);
    expect([el.limit, el.hideReposts, el.getAttribute('layout')]).to.deep.equal([6, true, 'compact']);
    sidebar.host.querySelector('input')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="repost"]'), 'the repost never showed');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(6);
  });

  it(`hears a failure through ${recipe.handlers.error}`, async () => {
    worker.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 503 })));
    recipe.mount(sidebar.host, FEED_URL);
    await sidebar.settled('the error event never reached the framework');
    expect(sidebar.status()).to.equal('Could not load the feed (http)');
  });
}
