// Types <social-feed> in Vue templates, for Vue's language tools (vue-tsc, the editor extension). Import it once:
//
//   import type {} from 'social-feed-element/vue';
//
// Bind numbers and booleans as properties (`:limit.prop="6"`), strings as attributes, and hear the events with
// `@social-feed-load` and `@social-feed-error`; tell Vue's compiler the tag is a custom element (`isCustomElement`).
import type { DefineSetupFnComponent } from 'vue';
import type { SocialFeedEventMap } from '../events.js';
import type { SocialFeedProperties } from '../social-feed.js';

/** The properties of <social-feed>. */
export type SocialFeedProps = SocialFeedProperties;

/** Its events (a type, not an interface, for Vue's mapping). */
export type SocialFeedEvents = { [name in keyof SocialFeedEventMap]: (event: SocialFeedEventMap[name]) => void };

declare module 'vue' {
  interface GlobalComponents {
    'social-feed': DefineSetupFnComponent<SocialFeedProps, SocialFeedEvents>;
  }
}
