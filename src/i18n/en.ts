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
  /** The link to the author's profile page on its network (or site), `host`: after the posts, or with the error message. */
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
  /** The button in place of media the source marks sensitive. */
  reveal: string;
  /** A video that cannot play here: the link to it on its site (`host`). */
  watch(host: string): string;
  /** The name of a sound without a description. */
  audio: string;
  /** A quoted post's accessible name. */
  quote(author: string): string;
  /** A poll's accessible name. */
  poll: string;
  /** `shown` is `count` as the reader's language writes it, shortened past a thousand ("1.2K"). */
  pollVotes(count: number, shown: string): string;
  /** Said of a poll that is over. */
  pollClosed: string;
  /** When an open poll closes: `when` is a local date and time ("Dec 6, 2:00 PM"). */
  pollEnds(when: string): string;
  /** The link to a poll's post, where the reader can vote. */
  vote(host: string): string;
  /** `shown` is `count` as the reader's language writes it, shortened past a thousand ("1.2K"). */
  replies(count: number, shown: string): string;
  reposts(count: number, shown: string): string;
  likes(count: number, shown: string): string;
  /** The name of a link to an image that has no description. */
  openImage: string;
  /** The last tile of a post with more media than show: how many more. */
  moreMedia(count: number): string;
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
    'signed-in-only': 'Its author shows these posts only to signed-in readers.',
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
  reveal: 'Show sensitive media',
  watch: (host) => `Watch on ${host}`,
  audio: 'Audio',
  quote: (author) => `Quoted post by ${author}`,
  poll: 'Poll',
  pollVotes: (count, shown) => (count === 1 ? '1 vote' : `${shown} votes`),
  pollClosed: 'Final results',
  pollEnds: (when) => `Ends ${when}`,
  vote: (host) => `Vote on ${host}`,
  replies: (count, shown) => (count === 1 ? '1 reply' : `${shown} replies`),
  reposts: (count, shown) => (count === 1 ? '1 repost' : `${shown} reposts`),
  likes: (count, shown) => (count === 1 ? '1 like' : `${shown} likes`),
  openImage: 'Open the image',
  moreMedia: (count) => `${count} more`,
  repost: (original) => `Reposted from ${original}`,
};
