// Types <social-feed> in Svelte 5 markup, for Svelte's language tools (svelte-check, the editor extension). Import it
// once:
//
//   import type {} from 'social-feed-element/svelte';
//
// Svelte sets an attribute as the element's property when it has one (so define the element before mounting), and
// listens to `on<event-name>` attributes as DOM events.
import type { HTMLAttributes } from 'svelte/elements';
import type { SocialFeedEventMap } from '../events.js';
import type { SocialFeed, SocialFeedProperties } from '../social-feed.js';

/** The properties of <social-feed>, by their property names (`maxAge`, `hideReposts`…). */
export type SocialFeedProps = SocialFeedProperties;

/** What <social-feed> takes in Svelte markup: its properties, HTML attributes, and its two events. */
export type SocialFeedAttributes = HTMLAttributes<SocialFeed> &
  SocialFeedProps & {
    /** A feed is shown: `event.detail.feed`, from `event.detail.source`. */
    'onsocial-feed-load'?: (event: SocialFeedEventMap['social-feed-load']) => void;
    /** A source failed: `event.detail.error.code`. */
    'onsocial-feed-error'?: (event: SocialFeedEventMap['social-feed-error']) => void;
  };

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'social-feed': SocialFeedAttributes;
  }
}
