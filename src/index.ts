import './define.js';
export { SocialFeed } from './social-feed.js';
