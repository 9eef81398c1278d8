import type { FeedErrorCode } from '../errors.js';

/** Every string the widget shows or announces; parametrized messages are functions. */
export interface Strings {
  loading: string;
  empty: string;
  errors: Record<FeedErrorCode, string>;
  retry: string;
  /** Said when a refresh failed and the posts shown may be behind. */
  stale: string;
  /** The consent button: no request is made until it is pressed. */
  consent(hosts: string): string;
  /** The button that reveals posts past `limit`. */
  showMore: string;
  /** Announced when "show more" revealed `count` posts. */
  moreShown(count: number): string;
  /** With the error message, the link to the profile page on its network's site (`host`). */
  profile(host: string): string;
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
    'invalid-address': 'This is not a feed or profile address.',
  },
  retry: 'Try again',
  showMore: 'Show more',
  moreShown: (count) => (count === 1 ? '1 more post shown' : `${count} more posts shown`),
  profile: (host) => `See the posts on ${host}`,
  pinned: 'Pinned',
  verified: 'verified',
  stale: 'Could not refresh: these posts may be out of date.',
  consent: (hosts) => `Show posts from ${hosts}`,
  posts: (author) => `Posts by ${author}`,
  links: (author) => `${author} elsewhere`,
  repost: (original) => `Reposted from ${original}`,
};
