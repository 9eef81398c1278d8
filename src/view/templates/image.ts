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
 * allows it; nothing when the URL is not safe. `src` is bound last: setting `loading`, `referrerpolicy` or
 * `crossorigin` after it makes WebKit ask for the image again.
 */
export function image(url: unknown, { part, className, alt, title, width, height, lazy }: ImageOptions): unknown {
  const src = safeImageUrl(url);
  return src
    ? html`<img
        part=${part ?? nothing}
        class=${className ?? nothing}
        alt=${alt}
        title=${title ?? nothing}
        width=${width ?? nothing}
        height=${height ?? nothing}
        loading=${lazy ? 'lazy' : nothing}
        decoding=${lazy ? 'async' : nothing}
        referrerpolicy="no-referrer"
        crossorigin=${imageCrossOrigin(src) ?? nothing}
        src=${src}
        @error=${onImageError}
      />`
    : nothing;
}
