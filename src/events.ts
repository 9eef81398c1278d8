import type { FeedError } from './errors.js';
import type { Feed, FeedSource } from './types.js';

/** Fired when a feed is shown: from the network, the page's memory cache or Web Storage. */
export class SocialFeedLoadEvent extends Event {
  constructor(readonly detail: { feed: Feed; source: FeedSource }) {
    super('social-feed-load', { bubbles: true, composed: true });
  }
}

/** Fired when the feed could not be loaded or read; a feed already shown stays shown. */
export class SocialFeedErrorEvent extends Event {
  constructor(readonly detail: { error: FeedError }) {
    super('social-feed-error', { bubbles: true, composed: true });
  }
}

/** The element's events by name, for typing listeners in frameworks (`on<name>` props, `@name` handlers). */
export interface SocialFeedEventMap {
  'social-feed-load': SocialFeedLoadEvent;
  'social-feed-error': SocialFeedErrorEvent;
}

declare global {
  interface GlobalEventHandlersEventMap extends SocialFeedEventMap {}
}
