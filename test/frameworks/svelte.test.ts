/// <reference path="../../demo/frameworks/svelte/social-feed-svelte.d.ts" />
import { waitUntil } from '@open-wc/testing';
import { unmount } from 'svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import { mountSidebar } from '../../demo/frameworks/svelte/main.js';
import type { SocialFeedLoadEvent } from '../../src/events.js';
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

// Checked by tsc, as svelte-check checks markup against social-feed-svelte.d.ts: props by their types, events by their
// classes.
type InMarkup = SvelteHTMLElements['social-feed'];
({ limit: 6, theme: 'dark', 'onsocial-feed-load': (event: SocialFeedLoadEvent) => event.detail.feed }) satisfies InMarkup;
// @ts-expect-error limit is a number
({ limit: 'six' }) satisfies InMarkup;
// @ts-expect-error onsocial-feed-load hears a SocialFeedLoadEvent
({ 'onsocial-feed-load': (event: MouseEvent) => event.button }) satisfies InMarkup;
