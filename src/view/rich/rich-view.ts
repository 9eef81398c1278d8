// What real posts carry besides text and images, as readers see it: videos and sounds, sensitive media behind a
// button, link cards, quoted posts, polls, counts. A file of its own, with its styles, loaded by the widgets that
// show such a post; every URL goes through the same gates as the rest (safe-url.ts), and no feed text is HTML.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LinkTargets } from '../../format/link-targets.js';
import { clockDuration } from '../../format/duration.js';
import { dateTimeFormat, numberFormat } from '../../format/intl-cache.js';
import { declaredSize } from '../../format/media-size.js';
import { safeImageUrl, safeUrl } from '../../format/safe-url.js';
import type { Strings } from '../../i18n/index.js';
import type { Card, Counts, Media, Poll, Post, Quote } from '../../types.js';
import { externalLink, EXTERNAL_REL } from '../templates/external-link.js';
import { image } from '../templates/image.js';
import { imageTile, renderGrid } from '../templates/media.js';
import { renderRichText, richText } from '../templates/rich-text.js';

/** What the rich parts need from the widget. */
export interface RichContext {
  strings: Strings;
  targets: LinkTargets;
  /** The reader asked to see this post's sensitive media, or the widget has `show-sensitive`. */
  revealed: boolean;
  reveal(event: Event): void;
  showCounts: boolean;
  locale: string;
  /** The time the widget's clock reads (epoch ms): a poll past its closing time is over. */
  now: number;
}

/**
 * `say` given counts as the reader's language shortens them, as the networks do ("1.2K replies"), and, where that
 * abbreviates, in words for screen readers, which would spell "K" out ("1.2 thousand replies").
 */
function sayCounts(locale: string, say: (count: (n: number) => string) => string): TemplateResult | string {
  const short = numberFormat(locale, { notation: 'compact' });
  const long = numberFormat(locale, { notation: 'compact', compactDisplay: 'long' });
  const shown = say((n) => short.format(n));
  const spoken = say((n) => (short.formatToParts(n).some((part) => part.type === 'compact') ? long : short).format(n));
  return shown === spoken ? shown : html`<span aria-hidden="true">${shown}</span><span class="sr-only">${spoken}</span>`;
}

// A file the browser plays itself; a stream (Bluesky's HLS playlists) or anything else links to its post instead.
const PLAIN_VIDEO = /\.(?:mp4|webm|m4v|mov|ogv)(?:$|[?#])/i;

const hostOf = (url: string | undefined) => (url ? new URL(url).host : '');
// A string, not template text: the build's minifier trims the spaces at a template's edges.
const SEPARATOR = ' · ';

/** One attachment: an image tile, a video that plays inline (a GIF muted and looping), a sound, or a still that links to the post. */
function mediaTile(media: Media, post: Post, strings: Strings): unknown {
  const src = safeImageUrl(media.url);
  const poster = safeImageUrl(media.preview);
  const label = media.alt || undefined;
  if (!media.kind || media.kind === 'image') return imageTile(media, strings);
  if (media.kind === 'audio') {
    return src
      ? html`<span class="sound"><audio part="media" controls preload="none" src=${src} aria-label=${label ?? strings.audio}></audio>${length(media)}</span>`
      : nothing;
  }
  if (src && PLAIN_VIDEO.test(src)) {
    const size = declaredSize(media);
    // Nothing plays by itself (data, and readers who prefer reduced motion): the still and the player's controls.
    return media.kind === 'gifv'
      ? html`<video part="media" class="gifv" controls muted loop playsinline preload="none" poster=${poster ?? nothing} src=${src}
          width=${size?.width ?? nothing} height=${size?.height ?? nothing} aria-label=${label ?? nothing}></video>`
      : html`<span class="tile"
          ><video part="media" controls playsinline preload="none" poster=${poster ?? nothing} src=${src} @loadedmetadata=${lengthKnown}
            width=${size?.width ?? nothing} height=${size?.height ?? nothing} aria-label=${label ?? nothing}></video
          >${length(media)}</span
        >`;
  }
  const page = safeUrl(post.url);
  if (!page) return poster ? image(poster, { part: 'media', alt: media.alt, ...declaredSize(media), lazy: true }) : nothing;
  return html`<a class="tile still" href=${page} rel=${EXTERNAL_REL} target="_blank" title=${strings.watch(hostOf(page))}
    >${poster ? image(poster, { part: 'media', alt: media.alt, ...declaredSize(media), lazy: true }) : html`<span class="blank"></span>`}<span
      class="play"
      aria-hidden="true"
    ></span
    >${length(media)}</a
  >`;
}

// Once a video is asked to play, its own controls show its length: the feed's goes.
const lengthKnown = (event: Event) => {
  const badge = (event.currentTarget as Element).nextElementSibling as HTMLElement | null;
  if (badge) badge.hidden = true;
};

/** A sound's or video's length, when the feed gives it: its player knows nothing of the file before it plays. */
const length = ({ duration = 0 }: Media) =>
  duration > 0 && duration < Infinity ? html`<span class="duration">${clockDuration(duration)}</span>` : nothing;

/** Sensitive media the reader has not asked to see: they stay out of the page, not merely out of sight. */
const hidden = (post: Post, context: RichContext) => !!post.sensitive && !context.revealed;

/**
 * A post's attachments in a grid; while they (or its quoted post's) are sensitive and not yet asked for, the reveal
 * button in their place.
 */
export function renderMedia(post: Post, context: RichContext): unknown {
  if (hidden(post, context) && (post.media.length || post.quote?.media.length)) {
    return html`<button part="reveal" type="button" @click=${context.reveal}>${context.strings.reveal}</button>`;
  }
  return mediaOf(post, post.media, context.strings);
}

/** Images and videos in a grid, then each sound's player across the whole width: a player is no tile. */
function mediaOf(post: Post, media: Media[], strings: Strings): unknown {
  const sounds = media.filter((item) => item.kind === 'audio');
  const pictures = media.filter((item) => item.kind !== 'audio');
  return [renderGrid(post, pictures.map((item) => mediaTile(item, post, strings)), strings), sounds.map((item) => mediaTile(item, post, strings))];
}

/** A link card: the whole box one link, its thumbnail, title on one line and the site's domain. */
export function renderCard(card: Card): unknown {
  const href = safeUrl(card.url);
  if (!href) return nothing;
  const domain = new URL(href).hostname.replace(/^www\./, '');
  return html`<a part="card" href=${href} rel=${EXTERNAL_REL} target="_blank">
    ${card.image ? image(card.image.url, { alt: '', lazy: true, className: 'thumb' }) : nothing}
    <span class="card-text"
      >${card.title ? html`<span class="card-title" dir="auto">${card.title}</span>` : nothing}
      <span class="note">${domain}</span></span
    >
  </a>`;
}

/** A quoted post, inset: its author, its text, its own media, a link to it. */
export function renderQuote(quote: Quote, post: Post, context: RichContext): unknown {
  const author = quote.author?.name ?? quote.author?.handle ?? '';
  return html`<div part="quote" role="group" aria-label=${context.strings.quote(author)}>
    <p class="note">
      ${quote.author?.avatar ? image(quote.author.avatar, { alt: '', className: 'mini-avatar', lazy: true }) : nothing}
      ${externalLink(quote.author?.url, author)} ${quote.author?.handle && quote.author.name ? html`<span>${quote.author.handle}</span>` : nothing}
    </p>
    ${quote.text ? html`<p dir="auto">${renderRichText(richText(quote, quote.content, quote.text), context.targets)}</p>` : nothing}
    ${quote.media.length && !hidden(post, context)
      ? mediaOf({ ...post, url: quote.url }, quote.media, context.strings)
      : nothing}
    ${quote.url && quote.published
      ? externalLink(quote.url, html`<time datetime=${quote.published.toISOString()}>${dateTimeFormat(context.locale, { dateStyle: 'medium' }).format(quote.published)}</time>`)
      : nothing}
  </div>`;
}

/** A poll, read-only: each option's share of the votes as a bar and a percentage, when it ends, and where to vote. */
export function renderPoll(poll: Poll, post: Post, context: RichContext): TemplateResult {
  const { strings, locale } = context;
  const total = poll.votes ?? poll.options.reduce((sum, option) => sum + (option.votes ?? 0), 0);
  const percent = numberFormat(locale, { style: 'percent' });
  const page = safeUrl(post.url);
  const closed = poll.closed || (poll.closesAt && poll.closesAt.getTime() <= context.now);
  const ends = !closed && poll.closesAt
    ? strings.pollEnds(dateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(poll.closesAt))
    : '';
  const said = sayCounts(locale, (count) => [strings.pollVotes(total, count(total)), closed ? strings.pollClosed : ends].filter(Boolean).join(SEPARATOR));
  return html`<div part="poll" role="group" aria-label=${strings.poll}>
    <ul>
      ${poll.options.map((option) => {
        const share = total ? (option.votes ?? 0) / total : 0;
        return html`<li>
          <span class="option" dir="auto">${option.title}</span><span class="share">${percent.format(share)}</span>
          <progress max="1" value=${share} aria-label=${option.title}></progress>
        </li>`;
      })}
    </ul>
    <p class="note">${said}${!closed && page ? html`${SEPARATOR}${externalLink(page, strings.vote(hostOf(page)))}` : nothing}</p>
  </div>`;
}

/** Replies, reposts and likes, in words. */
export function renderCounts(counts: Counts, { strings, locale }: RichContext): TemplateResult {
  const said = sayCounts(locale, (format) =>
    (['replies', 'reposts', 'likes'] as const)
      .flatMap((kind) => {
        const count = counts[kind];
        return count === undefined ? [] : [strings[kind](count, format(count))];
      })
      .join(SEPARATOR),
  );
  return html`<p part="counts" class="note">${said}</p>`;
}

/** The styles of the rich parts, added to a widget's shadow root when this file arrives. */
export const richStyles = css`
  .tile.still {
    position: relative;
    display: block;
  }
  .tile.still .blank {
    display: block;
    aspect-ratio: 16 / 9;
    background: var(--_surface);
  }
  .play {
    position: absolute;
    inset: 50% auto auto 50%;
    inline-size: 3rem;
    block-size: 3rem;
    margin: -1.5rem;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.6);
    /* Drawn with backgrounds, which forced colors (Windows' contrast themes) would turn the same colour: kept as is. */
    forced-color-adjust: none;
  }
  .play::after {
    content: '';
    position: absolute;
    inset: 0.85rem 0.8rem 0.85rem 1.15rem;
    background: #fff;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  video[part='media'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: 30rem;
    background: #000;
    border-radius: calc(var(--_radius) / 2);
  }
  /* The player's own height: the media rule's block-size: auto would fold it to nothing. */
  audio[part='media'] {
    inline-size: 100%;
    block-size: revert;
  }
  .sound {
    display: flex;
    align-items: center;
    gap: var(--_gap);
  }
  .duration {
    flex: none;
    color: var(--_muted);
    font-size: var(--_small);
  }
  .tile .duration {
    position: absolute;
    inset: auto auto 0.5rem 0.5rem;
    padding: 0 0.35em;
    border-radius: 0.25rem;
    color: #fff;
    background: rgb(0 0 0 / 0.7);
  }
  /* Over a player, at the top: its controls take the bottom. */
  .tile video + .duration {
    inset: 0.5rem auto auto 0.5rem;
  }
  [part='reveal'] {
    font: inherit;
    color: var(--_color);
    background: var(--_border);
    /* Unseen, except in forced colors (Windows' contrast themes), where it is the button's only outline. */
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    padding: 2rem 1rem;
    cursor: pointer;
  }
  [part='card'] {
    display: flex;
    gap: var(--_gap);
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem;
    color: inherit;
    text-decoration: none;
  }
  [part='card'] .thumb {
    flex: none;
    inline-size: 4rem;
    block-size: 4rem;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  .card-text {
    display: grid;
    min-inline-size: 0;
  }
  .card-title {
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part='quote'] {
    display: grid;
    gap: 0.35rem;
    border-inline-start: 0.2rem solid var(--_border);
    padding-inline-start: var(--_gap);
  }
  [part='quote'] p {
    white-space: pre-line;
  }
  [part='poll'] ul {
    display: grid;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='poll'] li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.15rem 0.5rem;
  }
  [part='poll'] progress {
    grid-column: 1 / -1;
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--_accent);
  }
`;
