// Types <social-feed> in Vue templates, for Vue's language tools (vue-tsc, the editor extension). Copy this file into
// your project and import the types from 'social-feed-element' instead of the source path.
import type { DefineSetupFnComponent } from 'vue';
import type { SocialFeedEventMap, SocialFeedProperties } from '../../../src/index.js';

/** The properties of <social-feed>: bind numbers and booleans with `.prop` (`:limit.prop="6"`), strings as attributes. */
export type SocialFeedProps = SocialFeedProperties;

/** Its events, heard with `@social-feed-load` and `@social-feed-error` (a type, not an interface, for Vue's mapping). */
export type SocialFeedEvents = { [name in keyof SocialFeedEventMap]: (event: SocialFeedEventMap[name]) => void };

declare module 'vue' {
  interface GlobalComponents {
    'social-feed': DefineSetupFnComponent<SocialFeedProps, SocialFeedEvents>;
  }
}
