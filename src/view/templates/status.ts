import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError, FeedErrorCode } from '../../errors.js';
import type { Strings } from '../../i18n/index.js';
import { EXTERNAL_REL } from './external-link.js';

// A placeholder per expected post, up to a screenful: a huge limit must not build thousands of them.
const MAX_SKELETONS = 10;

/** Shapes of the bio and of `limit` posts, ten at most, while the feed loads. */
export function renderPlaceholder(limit: number, strings: Strings): TemplateResult {
  return html`<div class="skeleton skeleton-bio" aria-hidden="true"></div>
    <div part="posts" role="feed" aria-busy="true">
      ${Array.from({ length: Math.min(limit, MAX_SKELETONS) }, () => html`<div class="skeleton" aria-hidden="true"></div>`)}
    </div>
    <p part="status" role="status" class="sr-only">${strings.loading}</p>`;
}

// Answers a second request gives again: the address is the page's markup, the account's setting is its author's.
const FINAL_ERRORS: ReadonlySet<FeedErrorCode> = new Set(['invalid-address', 'signed-in-only']);

/**
 * Nothing to show: the page's own content stays, under a short line in the reader's language, a way to try again
 * (unless another try cannot help) and, when the source is a profile, the way to it.
 */
export function renderError(error: FeedError, strings: Strings, retry: () => void, profile: URL | undefined): TemplateResult {
  return html`<slot></slot>
    <p part="status" role="alert">${strings.errors[error.code]}</p>
    ${FINAL_ERRORS.has(error.code) ? nothing : html`<button part="retry" type="button" @click=${retry}>${strings.retry}</button>`}
    ${renderFooter(profile, strings)}`;
}

/** The way to the author's posts on their network or site (`profile`), where the widget's own list ends. */
export function renderFooter(profile: URL | undefined, strings: Strings): TemplateResult | typeof nothing {
  return profile ? html`<a part="footer" href=${profile.href} rel=${EXTERNAL_REL} target="_blank">${strings.profile(profile.host)}</a>` : nothing;
}

/**
 * The status line under the posts: that a refresh failed (the posts stay), that older posts could not be loaded
 * (`olderError`), that there are none, or, for screen readers, what "show more" revealed.
 */
export function renderStatus(
  strings: Strings,
  { stale, empty, announcement, olderError }: { stale: boolean; empty: boolean; announcement: string; olderError?: FeedError },
): TemplateResult {
  // A failed refresh never replaces what is shown: it only says the feed may be behind.
  if (stale) return html`<p part="status stale" role="status" class="note">${strings.stale}</p>`;
  if (olderError) return html`<p part="status" role="status" class="note">${strings.errors[olderError.code]}</p>`;
  return html`<p part="status" role="status" class=${empty ? '' : 'sr-only'}>${empty ? strings.empty : announcement}</p>`;
}

/** With `consent="click"`: the page's own content (else a link to the source), and the button that allows requests. */
export function renderConsent(address: string | undefined, host: string | undefined, label: string, allow: () => void): TemplateResult {
  return html`<slot>${address ? html`<a href=${address} rel=${EXTERNAL_REL} target="_blank">${host}</a>` : nothing}</slot>
    <button part="consent" type="button" @click=${allow}>${label}</button>`;
}
