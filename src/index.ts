// The package entry: importing it defines <social-feed>. Import `social-feed-element/social-feed.js` for the class alone.
import './define.js';

export { SocialFeed, type SocialFeedProperties } from './social-feed.js';
export { SocialFeedErrorEvent, SocialFeedLoadEvent, type SocialFeedEventMap } from './events.js';
export { FeedError, type FeedErrorCode } from './errors.js';
export { addLanguage, type StringOverrides, type Strings } from './i18n/index.js';
export type { Author, Feed, FeedFormat, FeedSource, Media, NativeFeed, Post, RepostOf, SocialLink } from './types.js';
