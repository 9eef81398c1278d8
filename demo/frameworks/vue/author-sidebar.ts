// <social-feed> in a Vue 3 app. Vue is told the tag is a custom element, binds numbers and booleans as properties
// (`.prop`) and strings as attributes, and hears the widget's events with `@social-feed-load`; 'social-feed-element/vue'
// types the tag for Vue's tools. With a single-file component, put the template in it and isCustomElement in the
// build's compiler options (the Vue plugin of Vite: `vue({ template: { compilerOptions: { isCustomElement } } })`).
import { createApp, ref, type App } from 'vue';
import 'social-feed-element';
import type { SocialFeedErrorEvent, SocialFeedLoadEvent } from 'social-feed-element';
import type { SocialFeedProps } from 'social-feed-element/vue';

/** A Vue app of the author's sidebar: the widget, a line saying what it loaded, and a switch for reposts. */
export function createSidebarApp({ src, lang = 'en' }: Pick<SocialFeedProps, 'src' | 'lang'>): App {
  const app = createApp({
    setup() {
      const status = ref('Loading…');
      const hideReposts = ref(true);
      const onLoad = (event: SocialFeedLoadEvent) => {
        status.value = `${event.detail.feed.posts.length} posts from the ${event.detail.source}`;
      };
      const onError = (event: SocialFeedErrorEvent) => {
        status.value = `Could not load the feed (${event.detail.error.code})`;
      };
      return { src, lang, status, hideReposts, onLoad, onError };
    },
    template: `
      <aside>
        <social-feed
          :src="src"
          :lang="lang"
          :limit.prop="6"
          :hideReposts.prop="hideReposts"
          layout="compact"
          @social-feed-load="onLoad"
          @social-feed-error="onError"
        ></social-feed>
        <p role="status">{{ status }}</p>
        <label><input type="checkbox" v-model="hideReposts" /> Hide reposts</label>
      </aside>`,
  });
  // Else Vue looks for a component of its own by that name, and warns.
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'social-feed';
  return app;
}
