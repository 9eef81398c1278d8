// Types <social-feed> in React's JSX (React 19; see the README for React 18). Import it once, for its types:
//
//   import 'social-feed-element';            // defines the element
//   import type {} from 'social-feed-element/react';
//
// React 19 sets a custom element's props as properties when the element has them (so define it before the first
// render: an element not yet defined gets attributes), and listens to `on<event-name>` props as DOM events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SocialFeedEventMap } from '../events.js';
import type { SocialFeed, SocialFeedProperties } from '../social-feed.js';

/** The props of <social-feed> in JSX: its properties, React's HTML attributes, and its two events. */
export type SocialFeedProps = SocialFeedProperties &
  DetailedHTMLProps<HTMLAttributes<SocialFeed>, SocialFeed> & {
    /** A feed is shown: `event.detail.feed`, from `event.detail.source`. */
    'onsocial-feed-load'?: (event: SocialFeedEventMap['social-feed-load']) => void;
    /** A source failed: `event.detail.error.code`. */
    'onsocial-feed-error'?: (event: SocialFeedEventMap['social-feed-error']) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'social-feed': SocialFeedProps;
    }
  }
}
