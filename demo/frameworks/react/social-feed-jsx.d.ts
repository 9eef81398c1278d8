// Types <social-feed> in React 19's JSX. Copy this file into your project and import the types from
// 'social-feed-element' instead of the source path. React 19 sets a custom element's props as properties when the
// element has them (so import the package before the first render: an element not yet defined gets attributes), and
// listens to `on<event-name>` props as DOM events, with the event name as written.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SocialFeed, SocialFeedEventMap, SocialFeedProperties } from '../../../src/index.js';

/** The properties of <social-feed> that a React element sets. */
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
