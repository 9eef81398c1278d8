import type { App, GlobalComponents } from 'vue';
import { createSidebarApp } from '../../demo/frameworks/vue/author-sidebar.js';
import type { SocialFeedLoadEvent } from '../../src/events.js';
import { specifySidebarRecipe } from './sidebar-recipe.js';

describe('Vue 3 recipe (demo/frameworks/vue)', () => {
  let app: App;
  specifySidebarRecipe({
    mount(host, src) {
      app = createSidebarApp({ src });
      app.mount(host);
    },
    unmount: () => app.unmount(),
    handlers: { load: '@social-feed-load', error: '@social-feed-error' },
  });
});

// Checked by tsc, as Vue's language tools check a template against social-feed-vue.d.ts: props by their types, events
// by their classes.
type InTemplate = InstanceType<GlobalComponents['social-feed']>;
({ limit: 6, theme: 'dark' }) satisfies InTemplate['$props'];
// @ts-expect-error limit is a number
({ limit: 'six' }) satisfies InTemplate['$props'];
((emit: InTemplate['$emit'], event: SocialFeedLoadEvent) => emit('social-feed-load', event)) satisfies unknown;
// @ts-expect-error social-feed-load carries a SocialFeedLoadEvent
((emit: InTemplate['$emit']) => emit('social-feed-load', { feed: null })) satisfies unknown;
