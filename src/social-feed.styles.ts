import { css } from 'lit';

// Public --social-feed-* properties resolve once on :host into private --_* ones that the rules use.
// Default palettes: GitHub Primer's, at least 4.5:1 for text, muted text, links and buttons on both the background
// and the post surface (test/styles.test.ts measures them). Sizes are in rem and em, so text resizes with the page.
/** The widget's shadow-root styles. */
export const styles = css`
  :host {
    --_font: var(--social-feed-font-family, inherit);
    --_size: var(--social-feed-font-size, 0.9375rem);
    --_small: var(--social-feed-small-font-size, 0.8125rem);
    --_color: var(--social-feed-color, light-dark(#1f2328, #e6edf3));
    --_muted: var(--social-feed-muted-color, light-dark(#59636e, #9198a1));
    --_bg: var(--social-feed-background, light-dark(#ffffff, #0d1117));
    --_surface: var(--social-feed-surface, light-dark(#f6f8fa, #151b23));
    --_border: var(--social-feed-border-color, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--social-feed-accent-color, light-dark(#0969da, #4493f8));
    --_link: var(--social-feed-link-color, var(--_accent));
    --_gap: var(--social-feed-gap, 0.75rem);
    --_radius: var(--social-feed-radius, 0.5rem);
    --_avatar: var(--social-feed-avatar-size, 3rem);
    --_max-height: var(--social-feed-max-height, none);
    /* The palette follows color-scheme, which theme=auto inherits from the page: light on a page that declares
       nothing (most blogs are light only), the reader's setting where the page declares dark support. */
    display: block;
    padding: var(--_gap);
    border-radius: var(--_radius);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.45;
    color: var(--_color);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  :host([theme='system']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* A widget in a right-to-left language reads right to left even on a left-to-right page; a dir on the element
     itself still decides. */
  :host(:not([dir]):is(:lang(ar), :lang(fa), :lang(he), :lang(ur), :lang(ps), :lang(sd), :lang(ug), :lang(yi), :lang(dv), :lang(ckb))) {
    direction: rtl;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [part='post']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  p {
    margin: 0;
  }
  [part='bio'] {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem var(--_gap);
    align-items: center;
    margin-block-end: var(--_gap);
  }
  [part='avatar'] {
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
  }
  [part='name'] {
    font-weight: 700;
    display: block;
  }
  a[part='name'],
  [part='permalink'] {
    color: inherit;
    text-decoration: none;
  }
  [part='handle'],
  [part='time'],
  .note {
    color: var(--_muted);
    font-size: var(--_small);
  }
  [part='bio-text'] {
    grid-column: 1 / -1;
    white-space: pre-line;
  }
  /* Handles, mentions, tags and URLs take their own direction, isolated: "@sam@host" stays so in right-to-left text. */
  [part='handle'],
  [part='text'] a,
  [part='bio-text'] a {
    unicode-bidi: plaintext;
  }
  [part='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    list-style: none;
    margin: 0;
    margin-block-end: var(--_gap);
    padding: 0;
  }
  [part='link'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-block-size: 1.5rem;
    font-size: var(--_small);
  }
  [part='link'] svg,
  [part='link'] .icon {
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
  }
  [part='posts'] {
    display: grid;
    gap: var(--_gap);
    max-block-size: var(--_max-height);
    overflow-y: auto;
  }
  [part='post'] {
    display: grid;
    gap: 0.35rem;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='text'] {
    white-space: pre-line;
  }
  /* Bounded whatever a feed declares or an image turns out to be: a needle-thin image is cropped, not a mile tall. */
  [part='media'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: 30rem;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  /* A post's media: one full width, two side by side, three as one tall and two small, four as 2×2. */
  .grid {
    display: grid;
    grid-template-columns: 1fr 1fr;
    grid-auto-rows: 8rem;
    gap: 0.25rem;
  }
  .grid[data-count='1'] {
    grid-template-columns: 1fr;
    grid-auto-rows: auto;
  }
  .grid[data-count='3'] > :first-child {
    grid-row: span 2;
  }
  .tile,
  .more-media {
    display: block;
    position: relative;
    min-inline-size: 0;
  }
  .grid:not([data-count='1']) :is(.tile, .more-media, [part='media']) {
    block-size: 100%;
  }
  .more-media > a {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    border-radius: calc(var(--_radius) / 2);
    background: rgb(0 0 0 / 0.55);
    color: #fff;
    font-size: 1.5em;
  }
  [part='permalink'] {
    justify-self: start;
  }
  .mini-avatar {
    inline-size: 1.25em;
    block-size: 1.25em;
    border-radius: 50%;
    vertical-align: -0.3em;
    object-fit: cover;
  }
  a:hover {
    text-decoration: underline;
  }
  [part='status'] {
    color: var(--_muted);
  }
  [part='status'][role='alert'] {
    color: var(--_color);
  }
  .emoji {
    block-size: 1.25em;
    inline-size: auto;
    max-inline-size: 2.5em;
    object-fit: contain;
    vertical-align: -0.25em;
  }
  /* The check mark as a CSS escape: the built files stay ASCII, so a page in another encoding reads them right. */
  .verified::before {
    content: '\\2713';
    color: var(--_accent);
  }
  [part='spoiler'] > summary {
    cursor: pointer;
    font-weight: 600;
  }
  [part='spoiler'][open] > summary {
    margin-block-end: 0.35rem;
  }
  [part='retry'],
  [part='more'],
  [part='consent'] {
    margin-block: var(--_gap) 0;
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  [part='more'][aria-busy='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  /* The way on to the author's profile: a line of its own under the posts (or the error). */
  [part='footer'] {
    display: block;
    margin-block-start: var(--_gap);
    font-size: var(--_small);
  }
  /* Sized like a typical post and bio with links, so the page moves little when they arrive: the placeholder is
     10rem + 8rem a post with the default gap, a height the README tells site owners to reserve. */
  .skeleton {
    block-size: 7.25rem;
    border-radius: var(--_radius);
    /* Unseen, except in forced colors (Windows' contrast themes), which drop the gradient: the shapes stay outlined. */
    outline: 1px solid transparent;
    outline-offset: -1px;
    background: linear-gradient(90deg, var(--_surface) 40%, var(--_border) 50%, var(--_surface) 60%) 0 0 / 300% 100%;
    animation: shimmer 1.5s linear infinite;
  }
  .skeleton-bio {
    block-size: 8.5rem;
    margin-block-end: var(--_gap);
  }
  @keyframes shimmer {
    to {
      background-position: -150% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  /* A dense list for a narrow sidebar: no cards, rules between posts, a smaller avatar. */
  :host([layout='compact']) {
    --_gap: var(--social-feed-gap, 0.5rem);
    --_avatar: var(--social-feed-avatar-size, 2.25rem);
  }
  :host([layout='compact']) [part='post'] {
    padding: 0;
    padding-block-end: var(--_gap);
    border: 0;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
    background: none;
  }
  :host([layout='compact']) [part='media'] {
    max-block-size: 8rem;
  }
  :host([layout='compact']) .grid {
    grid-auto-rows: 4rem;
  }
  /* Browsers before light-dark() (Chrome 123, Firefox 120, Safari 17.5) get the light palette, the dark one with
     theme=dark or, with theme=system, for a reader who prefers dark; auto stays light there. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_color: var(--social-feed-color, #1f2328);
      --_muted: var(--social-feed-muted-color, #59636e);
      --_bg: var(--social-feed-background, #ffffff);
      --_surface: var(--social-feed-surface, #f6f8fa);
      --_border: var(--social-feed-border-color, #d1d9e0);
      --_accent: var(--social-feed-accent-color, #0969da);
    }
    :host([theme='dark']) {
      --_color: var(--social-feed-color, #e6edf3);
      --_muted: var(--social-feed-muted-color, #9198a1);
      --_bg: var(--social-feed-background, #0d1117);
      --_surface: var(--social-feed-surface, #151b23);
      --_border: var(--social-feed-border-color, #3d444d);
      --_accent: var(--social-feed-accent-color, #4493f8);
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='system']) {
        --_color: var(--social-feed-color, #e6edf3);
        --_muted: var(--social-feed-muted-color, #9198a1);
        --_bg: var(--social-feed-background, #0d1117);
        --_surface: var(--social-feed-surface, #151b23);
        --_border: var(--social-feed-border-color, #3d444d);
        --_accent: var(--social-feed-accent-color, #4493f8);
      }
    }
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
