// Types <social-feed> in Svelte 5 markup, for Svelte's language tools (svelte-check, the editor extension). Copy this
// file into your project and import the types from 'social-feed-element' instead of the source path. Svelte sets an
// attribute as a property when the element has one, and listens to `on<event-name>` attributes as DOM events.
import type { HTMLAttributes } from 'svelte/elements';
import type { SocialFeed, SocialFeedEventMap, SocialFeedProperties } from '../../../src/index.js';

/** The properties of <social-feed>, by their property names (`maxAge`, `hideReposts`…). */
export type SocialFeedProps = SocialFeedProperties;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'social-feed': HTMLAttributes<SocialFeed> &
      SocialFeedProps & {
        /** A feed is shown: `event.detail.feed`, from `event.detail.source`. */
        'onsocial-feed-load'?: (event: SocialFeedEventMap['social-feed-load']) => void;
        /** A source failed: `event.detail.error.code`. */
        'onsocial-feed-error'?: (event: SocialFeedEventMap['social-feed-error']) => void;
      };
  }
}
