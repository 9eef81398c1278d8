/** Who the feed belongs to. */
export interface Author {
  name: string;
  /** The handle as shown, e.g. `@cginisty`. */
  handle?: string;
  /** The profile page (http, https or mailto only). */
  url?: string;
  /** The avatar image URL (http or https only). */
  avatar?: string;
  /** A short plain-text bio; URLs, @mentions and #hashtags in it become links. */
  bio?: string;
}

/** A link to the author elsewhere. */
export interface SocialLink {
  /** A well-known network id (`facebook`, `linkedin`, `mastodon`…) or any other word. */
  network: string;
  /** The accessible name and visible label. */
  label: string;
  url: string;
}

/** The original author of a repost. */
export interface RepostOf {
  name?: string;
  handle?: string;
  url?: string;
}

/** An image attached to a post. */
export interface Media {
  url: string;
  /** Alternative text; an empty string marks the image as decorative. */
  alt: string;
  width?: number;
  height?: number;
}

/** One post. */
export interface Post {
  id: string;
  /** The permalink. */
  url?: string;
  /** Plain text; the widget makes links of URLs, @mentions and #hashtags. */
  text: string;
  published: Date;
  repostOf?: RepostOf;
  media: Media[];
}

/** The normalized feed every adapter produces and the element renders. */
export interface Feed {
  author: Author;
  links: SocialLink[];
  /** Newest first. */
  posts: Post[];
}

/** The `format` attribute's values. */
export type FeedFormat = 'auto' | 'native' | 'jsonfeed' | 'mastodon' | 'bluesky' | 'twitter' | 'rss';

/** Where a shown feed came from. */
export type FeedSource = 'network' | 'memory' | 'storage';
