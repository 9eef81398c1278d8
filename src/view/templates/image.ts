import { html, nothing } from 'lit';
import { safeImageUrl } from '../../format/safe-url.js';
import { imageCrossOrigin, onImageError } from '../image-credentials.js';

/** What an image of the widget's shows, besides its URL. */
export interface ImageOptions {
  part?: string;
  className?: string;
  alt: string;
  title?: string;
  width?: number;
  height?: number;
  lazy?: boolean;
}

/**
 * An image from a feed: only an http(s) URL, asked for with no referrer and without credentials where the host
 * allows it; nothing when the URL is not safe.
 */
export function image(url: unknown, { part, className, alt, title, width, height, lazy }: ImageOptions): unknown {
  const src = safeImageUrl(url);
  return src
    ? html`<img
        part=${part ?? nothing}
        class=${className ?? nothing}
        src=${src}
        alt=${alt}
        title=${title ?? nothing}
        width=${width ?? nothing}
        height=${height ?? nothing}
        loading=${lazy ? 'lazy' : nothing}
        decoding=${lazy ? 'async' : nothing}
        referrerpolicy="no-referrer"
        crossorigin=${imageCrossOrigin(src) ?? nothing}
        @error=${onImageError}
      />`
    : nothing;
}
