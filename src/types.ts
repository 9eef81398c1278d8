/**
 * A piece of rich text. Adapters of HTML or entity-annotated sources (Mastodon, Bluesky facets, X entities, RSS)
 * produce these with explicit targets; plain `text` is tokenized by the widget itself. Every `href`/`url` is
 * checked again at render time: only http(s)/mailto links and http(s) images are ever made.
 */
export type TextToken =
  | { kind: 'text'; text: string }
  | { kind: 'url'; text: string; href: string }
  | { kind: 'mention'; text: string; handle: string; href?: string }
  | { kind: 'hashtag'; text: string; tag: string; href?: string }
  /** A custom emoji (Mastodon): `text` is its `:shortcode:`, shown as the image's alt. */
  | { kind: 'emoji'; text: string; url: string };

/** Who the feed belongs to. */
export interface Author {
  name: string;
  /** The name as rich text, when it holds custom emoji. */
  nameContent?: TextToken[];
  /** The handle as shown, e.g. `@cginisty`. */
  handle?: string;
  /** The profile page (http, https or mailto only). */
  url?: string;
  /** The avatar image URL (http or https only). */
  avatar?: string;
  /** A short plain-text bio; URLs, @mentions and #hashtags in it become links. */
  bio?: string;
  /** The bio as rich text, when the source had links of its own (HTML, facets); `bio` is then its plain text. */
  bioContent?: TextToken[];
}

/** A link to the author elsewhere. */
export interface SocialLink {
  /** A well-known network id (`facebook`, `linkedin`, `mastodon`…) or any other word. */
  network: string;
  /** The accessible name and visible label. */
  label: string;
  url: string;
  /** The source verified this link belongs to the author (Mastodon `verified_at`). */
  verified?: boolean;
}

/** The original author of a repost. */
export interface RepostOf {
  name?: string;
  handle?: string;
  url?: string;
  /** Their picture, shown small on the repost line. */
  avatar?: string;
}

/** An image: a card's thumbnail, a video's still. */
export interface Image {
  url: string;
  /** Alternative text; an empty string marks the image as decorative. */
  alt: string;
  width?: number;
  height?: number;
}

/** What a post carries: an image (the default), a video, a looping GIF (a silent video), or a sound. */
export interface Media extends Image {
  /** `image` when absent. */
  kind?: 'image' | 'video' | 'gifv' | 'audio';
  /** The still of a video or GIF, shown until it plays (or instead of it). */
  preview?: string;
  /** Seconds, for a video or a sound. */
  duration?: number;
}

/** A link's preview: the whole box is one link. */
export interface Card {
  url: string;
  title?: string;
  description?: string;
  image?: Image;
}

/** A post quoted by another. */
export interface Quote {
  /** The quoted post's page. */
  url?: string;
  text: string;
  /** Its rich text, when the source had links of its own. */
  content?: TextToken[];
  published?: Date;
  author?: { name?: string; handle?: string; url?: string; avatar?: string };
  media: Media[];
}

/** A poll, shown read-only. */
export interface Poll {
  options: { title: string; votes?: number }[];
  /** Votes in all (more than the options' sum where a voter may pick several). */
  votes?: number;
  closesAt?: Date;
  closed?: boolean;
}

/** How many replies, reposts and likes a post has, shown with `show-counts`. */
export interface Counts {
  replies?: number;
  reposts?: number;
  likes?: number;
}

/** One post. */
export interface Post {
  id: string;
  /** The permalink. */
  url?: string;
  /** Plain text; the widget makes links of URLs, @mentions and #hashtags. */
  text: string;
  /** The text as rich text, when the source had links of its own (HTML, facets, entities); `text` is then its plain text. */
  content?: TextToken[];
  /**
   * When it was published; absent when a feed gives no readable date (RSS and JSON Feed items may have none): the post
   * then shows no time, and keeps its place in the feed's own order.
   */
  published?: Date;
  repostOf?: RepostOf;
  media: Media[];
  /** The post's language (BCP 47), when the source says it. */
  lang?: string;
  /** A content warning: the post shows collapsed behind it. */
  spoiler?: string;
  /** Pinned to the profile by its author. */
  pinned?: boolean;
  /** A reply to another post (hidden by default). */
  reply?: boolean;
  /** The preview of a link the post shares. */
  card?: Card;
  /** A post this one quotes. */
  quote?: Quote;
  poll?: Poll;
  /** The source marks its media sensitive: they stay hidden until the reader asks (or with `show-sensitive`). */
  sensitive?: boolean;
  counts?: Counts;
}

/** The normalized feed every adapter produces and the element renders. */
export interface Feed {
  author: Author;
  links: SocialLink[];
  /** Newest first. */
  posts: Post[];
  /**
   * The address of the next, older page of posts, where the source pages (a Mastodon profile, a Bluesky profile, a
   * JSON Feed's `next_url`): "Show more" loads it once the posts already loaded are all shown.
   */
  next?: string;
}

/** The `format` attribute's values. */
export type FeedFormat = 'auto' | 'native' | 'jsonfeed' | 'mastodon' | 'bluesky' | 'twitter' | 'rss';

/** Where a shown feed came from: `property` is the element's `feed` property. */
export type FeedSource = 'network' | 'memory' | 'storage' | 'property';

/** A native feed's attachment. */
export interface NativeMedia {
  url: string;
  alt?: string;
  kind?: 'image' | 'video' | 'gifv' | 'audio';
  preview?: string;
  duration?: number;
  width?: number;
  height?: number;
}

/**
 * A feed in the native format, as an endpoint answers it (schema/feed.schema.json): what the `feed` property takes.
 * `published` is an ISO 8601 date-time with a time zone.
 */
export interface NativeFeed {
  version: 1;
  author: { name: string; handle?: string; url?: string; avatar?: string; bio?: string };
  links?: { network?: string; label?: string; url: string; verified?: boolean }[];
  posts?: {
    id?: string;
    url?: string;
    text?: string;
    published: string;
    repostOf?: { name?: string; handle?: string; url?: string; avatar?: string };
    media?: NativeMedia[];
    lang?: string;
    spoiler?: string;
    pinned?: boolean;
    reply?: boolean;
    card?: { url: string; title?: string; description?: string; image?: { url: string; alt?: string; width?: number; height?: number } };
    quote?: {
      url?: string;
      text?: string;
      published?: string;
      author?: { name?: string; handle?: string; url?: string; avatar?: string };
      media?: NativeMedia[];
    };
    poll?: { options: { title: string; votes?: number }[]; votes?: number; closesAt?: string; closed?: boolean };
    sensitive?: boolean;
    counts?: { replies?: number; reposts?: number; likes?: number };
  }[];
}
