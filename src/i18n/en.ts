import type { FeedErrorCode } from '../errors.js';

/** Every string the widget shows or announces; parametrized messages are functions. */
export interface Strings {
  loading: string;
  empty: string;
  errors: Record<FeedErrorCode, string>;
  httpError(status: number): string;
  retry: string;
  /** Said when a refresh failed and the posts shown may be behind. */
  stale: string;
  /** The consent button: no request is made until it is pressed. */
  consent(hosts: string): string;
  /** The button that reveals posts past `limit`. */
  showMore: string;
  /** The marker of a pinned post. */
  pinned: string;
  /** Said after a social link the source verified. */
  verified: string;
  /** The list's accessible name. */
  posts(author: string): string;
  /** The social links' accessible name. */
  links(author: string): string;
  repost(original: string): string;
}

/** English. */
export const en: Strings = {
  loading: 'Loading posts…',
  empty: 'No posts yet.',
  errors: {
    http: 'The feed could not be loaded.',
    network: 'The feed could not be reached. Check your connection.',
    timeout: 'The feed took too long to answer.',
    'too-large': 'The feed is too large to show.',
    'invalid-json': 'The feed could not be read.',
    'invalid-shape': 'The feed could not be read.',
    'unsupported-format': 'This feed format is not supported.',
  },
  httpError: (status) => `The feed could not be loaded (error ${status}).`,
  retry: 'Try again',
  showMore: 'Show more',
  pinned: 'Pinned',
  verified: 'verified',
  stale: 'Could not refresh: these posts may be out of date.',
  consent: (hosts) => `Show posts from ${hosts}`,
  posts: (author) => `Posts by ${author}`,
  links: (author) => `${author} elsewhere`,
  repost: (original) => `Reposted from ${original}`,
};
