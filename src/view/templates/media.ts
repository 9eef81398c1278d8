import { html, nothing } from 'lit';
import { declaredSize } from '../../format/media-size.js';
import type { Strings } from '../../i18n/index.js';
import type { Media, Post } from '../../types.js';
import { safeImageUrl } from '../../format/safe-url.js';
import { externalLink, EXTERNAL_REL } from './external-link.js';
import { image } from './image.js';

/** The most tiles a post's media show; past them, the last one says how many more there are. */
export const MAX_TILES = 4;

/**
 * A post's media as a grid: one full width, two side by side, three as one large and two small, four as 2×2; past
 * four, the fourth tile links to the post and says how many more there are.
 */
export function renderGrid(post: Post, tiles: unknown[], strings: Strings): unknown {
  if (!tiles.length) return nothing;
  const extra = tiles.length - MAX_TILES;
  const shown = tiles.slice(0, MAX_TILES);
  if (extra > 0) {
    shown[MAX_TILES - 1] = html`<span class="more-media">${shown[MAX_TILES - 1]}${externalLink(
      post.url,
      html`<span aria-hidden="true">+${extra}</span><span class="sr-only">${strings.moreMedia(extra)}</span>`,
    )}</span>`;
  }
  return html`<div class="grid" data-count=${shown.length}>${shown}</div>`;
}

/** An image tile: the image, in a link to its full size named by its description; nothing for an unsafe URL. */
export function imageTile(media: Media, strings: Strings): unknown {
  const href = safeImageUrl(media.url);
  return href
    ? html`<a class="tile" href=${href} rel=${EXTERNAL_REL} target="_blank" title=${media.alt || strings.openImage}
        >${image(href, { part: 'media', alt: media.alt, ...declaredSize(media), lazy: true })}</a
      >`
    : nothing;
}
