import type { App } from 'vue';
import { createSidebarApp } from '../../demo/frameworks/vue/author-sidebar.js';
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
