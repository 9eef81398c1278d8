import { html, nothing } from 'lit';
import { safeUrl } from '../../format/safe-url.js';

/** The `rel` of every link that leaves the page for a feed's URL. */
export const EXTERNAL_REL = 'noopener noreferrer nofollow ugc';

/**
 * The one way a feed URL reaches an `href`: a link when `url` is `http:`, `https:` or `mailto:`, else the content
 * alone (in a span when it carries a part).
 */
export function externalLink(url: unknown, content: unknown, part?: string, rel = EXTERNAL_REL): unknown {
  const href = safeUrl(url);
  if (href) return html`<a part=${part ?? nothing} href=${href} rel=${rel} target="_blank">${content}</a>`;
  return part ? html`<span part=${part}>${content}</span>` : content;
}
