import { html, nothing, type TemplateResult } from 'lit';
import type { LinkTargets } from '../../format/link-targets.js';
import type { Strings } from '../../i18n/index.js';
import type { Post } from '../../types.js';
import type { RichContext } from '../rich/rich-view.js';
import type { PostView } from '../view-model.js';
import { externalLink } from './external-link.js';
import { image } from './image.js';
import { imageTile, renderGrid } from './media.js';
import { renderRichText, richText } from './rich-text.js';

/** The file that shows cards, quotes, polls, videos, sounds, sensitive media and counts. */
export type RichView = typeof import('../rich/rich-view.js');

/** True when a post shows something only the rich view renders (counts only with `show-counts`). */
export function needsRichView(post: Post, showCounts: boolean): boolean {
  return !!(post.card || post.quote || post.poll || post.sensitive || (showCounts && post.counts) || post.media.some((media) => media.kind));
}

/** What a post needs from the widget around it. */
export interface PostContext {
  strings: Strings;
  targets: LinkTargets;
  /** How many posts the filters leave: the feed pattern's set size. */
  setSize: number;
  showPinned: boolean;
  /** Who wrote the feed's own posts. */
  author: string;
  showCounts: boolean;
  /** The rich view once its file has arrived (until then, what only it shows waits), and its context for a post. */
  rich?: { view: RichView; context(post: Post): RichContext };
}

/** One post as an `<article>` of the WAI-ARIA feed pattern: focusable, numbered, named by its author and date (if any). */
export function renderPost({ post, label, full }: PostView, index: number, context: PostContext): TemplateResult {
  const { strings, targets, setSize, showPinned, showCounts, rich } = context;
  const richContext = rich && needsRichView(post, showCounts) ? rich.context(post) : undefined;
  const view = rich?.view;
  const original = post.repostOf && (post.repostOf.name ?? post.repostOf.handle);
  // The title tooltip never reaches screen readers: the full date is also in the text, visually hidden. A post without
  // a date shows none (not "now"): its link names the site it is on.
  const time = post.published
    ? html`<time part="time" datetime=${post.published.toISOString()} title=${full}>${label}</time><span class="sr-only">, ${full}</span>`
    : post.url && new URL(post.url).host;
  const body = [
    post.text ? html`<p part="text" dir="auto">${renderRichText(richText(post, post.content, post.text), targets)}</p>` : nothing,
    needsRichView(post, false)
      ? richContext && view?.renderMedia(post, richContext)
      : renderGrid(post, post.media.map((media) => imageTile(media, strings)), strings),
    richContext && view && post.card ? view.renderCard(post.card) : nothing,
    richContext && view && post.quote ? view.renderQuote(post.quote, post, richContext) : nothing,
    richContext && view && post.poll ? view.renderPoll(post.poll, post, richContext) : nothing,
  ];
  const author = original ?? context.author;
  return html`<article
    part="post"
    tabindex="0"
    aria-posinset=${index + 1}
    aria-setsize=${setSize}
    aria-label=${full ? `${author}, ${full}` : author}
    lang=${post.lang ?? nothing}
  >
    ${showPinned && post.pinned ? html`<p part="pinned" class="note">${strings.pinned}</p>` : nothing}
    ${original
      ? html`<p part="repost" class="note">
          ${post.repostOf?.avatar ? image(post.repostOf.avatar, { alt: '', className: 'mini-avatar', lazy: true }) : nothing}
          ${externalLink(post.repostOf?.url, strings.repost(original))}
        </p>`
      : nothing}
    ${post.spoiler ? html`<details part="spoiler"><summary dir="auto">${post.spoiler}</summary>${body}</details>` : body}
    ${externalLink(post.url, time, 'permalink')}
    ${showCounts && post.counts && richContext && view ? view.renderCounts(post.counts, richContext) : nothing}
  </article>`;
}
