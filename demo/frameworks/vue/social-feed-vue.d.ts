// Types <social-feed> in Vue templates, for Vue's language tools (vue-tsc, the editor extension). Copy this file into
// your project and import the types from 'social-feed' instead of the source path.
import type { DefineSetupFnComponent } from 'vue';
import type { SocialFeed, SocialFeedErrorEvent, SocialFeedLoadEvent } from '../../../src/index.js';

/** The properties of <social-feed>: bind numbers and booleans with `.prop` (`:limit.prop="6"`), strings as attributes. */
export type SocialFeedProps = Partial<
  Pick<
    SocialFeed,
    | 'src'
    | 'format'
    | 'limit'
    | 'lang'
    | 'maxAge'
    | 'theme'
    | 'layout'
    | 'hideReposts'
    | 'showPinned'
    | 'showReplies'
    | 'refresh'
    | 'storage'
    | 'timeout'
    | 'consent'
  >
>;

/** Its events, heard with `@social-feed-load` and `@social-feed-error` (a type, not an interface, for Vue's mapping). */
export type SocialFeedEvents = {
  'social-feed-load': (event: SocialFeedLoadEvent) => void;
  'social-feed-error': (event: SocialFeedErrorEvent) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'social-feed': DefineSetupFnComponent<SocialFeedProps, SocialFeedEvents>;
  }
}
