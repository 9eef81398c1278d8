import { SocialFeed } from './social-feed.js';

if (!customElements.get('social-feed')) customElements.define('social-feed', SocialFeed);

declare global {
  interface HTMLElementTagNameMap {
    'social-feed': SocialFeed;
  }
}
