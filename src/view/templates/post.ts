import { html, nothing, type TemplateResult } from 'lit';
import type { LinkTargets } from '../../format/link-targets.js';
import { declaredSize } from '../../format/media-size.js';
import type { Strings } from '../../i18n/index.js';
import type { PostView } from '../view-model.js';
import { externalLink } from './external-link.js';
import { image } from './image.js';
import { renderRichText, richText } from './rich-text.js';

/** What a post needs from the widget around it. */
export interface PostContext {
  strings: Strings;
  targets: LinkTargets;
  /** How many posts the filters leave: the feed pattern's set size. */
  setSize: number;
  showPinned: boolean;
  /** Who wrote the feed's own posts. */
  author: string;
}

/** One post as an `<article>` of the WAI-ARIA feed pattern: focusable, numbered, named by its author and date. */
export function renderPost({ post, label, full }: PostView, index: number, context: PostContext): TemplateResult {
  const { strings, targets, setSize, showPinned } = context;
  const original = post.repostOf && (post.repostOf.name ?? post.repostOf.handle);
  // The title tooltip never reaches screen readers: the full date is also in the text, visually hidden.
  const time = html`<time part="time" datetime=${post.published.toISOString()} title=${full}>${label}</time
    ><span class="sr-only">, ${full}</span>`;
  const body = [
    post.text ? html`<p part="text" dir="auto">${renderRichText(richText(post, post.content, post.text), targets)}</p>` : nothing,
    post.media.map((media) => image(media.url, { part: 'media', alt: media.alt, ...declaredSize(media), lazy: true })),
  ];
  const author = original ?? context.author;
  return html`<article
    part="post"
    tabindex="0"
    aria-posinset=${index + 1}
    aria-setsize=${setSize}
    aria-label=${`${author}, ${full}`}
    lang=${post.lang ?? nothing}
  >
    ${showPinned && post.pinned ? html`<p part="pinned" class="note">${strings.pinned}</p>` : nothing}
    ${original ? html`<p part="repost" class="note">${externalLink(post.repostOf?.url, strings.repost(original))}</p>` : nothing}
    ${post.spoiler ? html`<details part="spoiler"><summary dir="auto">${post.spoiler}</summary>${body}</details>` : body}
    ${externalLink(post.url, time, 'permalink')}
  </article>`;
}
