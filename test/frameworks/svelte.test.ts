import { waitUntil } from '@open-wc/testing';
import { unmount } from 'svelte';
import { mountSidebar } from '../../demo/frameworks/svelte/main.js';
import { FEED_URL, worker } from '../mocks/feed-handlers.js';
import { sidebar, specifySidebarRecipe } from './sidebar-recipe.js';

describe('Svelte 5 recipe (demo/frameworks/svelte)', () => {
  let app: ReturnType<typeof mountSidebar> | undefined;
  specifySidebarRecipe({
    mount(host, src) {
      app = mountSidebar(host, src);
    },
    unmount: () => app && unmount(app),
    handlers: { load: 'onsocial-feed-load', error: 'onsocial-feed-error' },
  });

  it('reaches the element through bind:this: Reload fetches again', async () => {
    const requests: string[] = [];
    const listener = ({ request }: { request: Request }) => void requests.push(request.url);
    worker.events.on('request:start', listener);
    app = mountSidebar(sidebar.host, FEED_URL);
    await sidebar.settled();
    sidebar.host.querySelector('button')!.click();
    await waitUntil(() => requests.length === 2, 'Reload made no request');
    worker.events.removeListener('request:start', listener);
  });
});
