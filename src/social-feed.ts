import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { profilePage, tryFeedAddress } from './address/address.js';
import { ClockController } from './controllers/clock-controller.js';
import { FeedController } from './controllers/feed-controller.js';
import { SocialFeedErrorEvent, SocialFeedLoadEvent } from './events.js';
import { clip } from './format/clip.js';
import { safeUrl } from './format/safe-url.js';
import { linkTargets, type LinkTargets } from './format/link-targets.js';
import { en } from './i18n/en.js';
import { stringsFor, withOverrides, type StringOverrides, type Strings } from './i18n/index.js';
import { resolveLocale } from './i18n/locale.js';
import { lazy } from './lazy.js';
import { styles } from './social-feed.styles.js';
import type { Feed, FeedFormat, NativeFeed, Post } from './types.js';
import { renderAuthor, renderLinks } from './view/templates/author.js';
import { needsRichView, renderPost, type PostContext, type RichView } from './view/templates/post.js';
import { renderConsent, renderError, renderFooter, renderPlaceholder, renderStatus } from './view/templates/status.js';
import { feedView, warmUp, type FeedView } from './view/view-model.js';
import { hasConsent, rememberConsent } from './watch/consent.js';
import type { StorageMode } from './watch/web-storage.js';

const DEFAULT_LIMIT = 5;
const DEFAULT_TIMEOUT = 10;
const STORAGE_MODES: StorageMode[] = ['none', 'session', 'local'];
// Network APIs are asked for this many posts at least, so "show more" and filtered-out replies leave enough to show.
const MIN_FETCH_COUNT = 20;
// The networks' own caps (Mastodon 40, Bluesky 100): asking for more only makes a longer URL.
const MAX_FETCH_COUNT = 100;

/** The host a source's requests go to (a handle's instance, a URL's host); undefined when it is no address. */
function hostOf(src: string): string | undefined {
  const address = tryFeedAddress(src, document.baseURI);
  return address && new URL(address).host;
}

let icons: typeof import('./view/icons.js') | undefined;
// Network icons are a file of their own, fetched once a feed with links shows: nothing the first posts wait for.
const loadIcons = lazy(() => import('./view/icons.js').then((module) => (icons = module)));
const focusOrder = lazy(() => import('./view/focus-order.js'));
let richView: RichView | undefined;
// Cards, quotes, polls, videos, sensitive media and counts are a file of their own, fetched once a post needs it.
const loadRichView = lazy(() => import('./view/rich/rich-view.js').then((module) => (richView = module)));

/**
 * An author's bio, social links and latest posts with live relative timestamps, fetched from a feed endpoint
 * and cached in the page.
 *
 * @tagname social-feed
 * @summary Embeddable social sidebar: bio, links and latest posts.
 *
 * @csspart bio - The author block: avatar, name, handle and bio text.
 * @csspart avatar - The author's picture.
 * @csspart name - The author's name (a link to the profile when there is one).
 * @csspart handle - The author's handle, such as `@cginisty`.
 * @csspart bio-text - The author's bio.
 * @csspart links - The list of social links.
 * @csspart link - Each social link.
 * @csspart posts - The list of posts (`role="feed"`).
 * @csspart post - Each post, an `<article>`.
 * @csspart repost - The line naming the original author of a repost.
 * @csspart pinned - The marker of a pinned post (with `show-pinned`).
 * @csspart spoiler - The `<details>` that folds a post behind its content warning.
 * @csspart more - The "show more" button: it shows `limit` more of the posts loaded, then loads older ones where the source pages.
 * @csspart text - A post's text.
 * @csspart media - A post's image, video or sound.
 * @csspart reveal - The button in place of sensitive media, which shows them (none with `show-sensitive`).
 * @csspart card - A link's preview card: thumbnail, title and domain, the whole card one link.
 * @csspart quote - A quoted post, inset: its author, text, media and a link to it.
 * @csspart poll - A poll's options with their share of the votes, read-only, and a link to vote.
 * @csspart counts - A post's replies, reposts and likes (with `show-counts`).
 * @csspart permalink - The link around a post's time to the post itself (a span when the post has no URL).
 * @csspart time - A post's `<time>`, relative ("3 hours ago"), the full date in `title`.
 * @csspart status - The loading, empty or error message; an error is `role="alert"`.
 * @csspart stale - Also on the status line when a refresh failed and the posts shown may be out of date.
 * @csspart retry - The button that retries after an error a second try could mend.
 * @csspart footer - The link to the author's profile on its network when `src` is a profile or handle (after the posts, or with an error); for a feed, to the author's site once every post is shown.
 * @csspart consent - With `consent="click"`, the button that allows the requests.
 *
 * @slot - The page's own content (say, a bio and a "Follow me" link): shown before the script runs, until the reader
 * consents (`consent="click"`), and under the error message when nothing could be loaded.
 *
 * @cssprop [--social-feed-font-family=inherit] - Font family.
 * @cssprop [--social-feed-font-size=0.9375rem] - Base font size.
 * @cssprop [--social-feed-small-font-size=0.8125rem] - Size of handles, times, links and notes.
 * @cssprop [--social-feed-color=#1f2328] - Text color (dark palette: #e6edf3).
 * @cssprop [--social-feed-muted-color=#59636e] - Secondary text: handle, times (dark: #9198a1).
 * @cssprop [--social-feed-background=#ffffff] - The widget's background, padded by --social-feed-gap (dark: #0d1117); `transparent` and `padding: 0` blend it into the page.
 * @cssprop [--social-feed-surface=#f6f8fa] - Post cards' background (dark: #151b23).
 * @cssprop [--social-feed-border-color=#d1d9e0] - Post cards' border (dark: #3d444d).
 * @cssprop [--social-feed-accent-color=#0969da] - Focus rings and buttons (dark: #4493f8).
 * @cssprop [--social-feed-link-color=var(--social-feed-accent-color)] - Links.
 * @cssprop [--social-feed-gap=0.75rem] - Spacing between blocks and inside cards.
 * @cssprop [--social-feed-radius=0.5rem] - Corner radius of cards and buttons.
 * @cssprop [--social-feed-avatar-size=3rem] - The avatar's width and height.
 * @cssprop [--social-feed-max-height=none] - Height past which the post list scrolls.
 *
 * @fires {SocialFeedLoadEvent} social-feed-load - A feed is shown. `detail.feed` is the normalized feed; `detail.source` is `network`, `memory`, `storage` or `property` (the `feed` property).
 * @fires {SocialFeedErrorEvent} social-feed-error - The feed could not be loaded or read. `detail.error` is a `FeedError` with a `code`.
 */
export class SocialFeed extends LitElement {
  static override styles = styles;
  static override properties = {
    src: {},
    format: {},
    limit: { type: Number },
    lang: { reflect: true },
    maxAge: { attribute: 'max-age', type: Number },
    theme: { reflect: true },
    layout: { reflect: true },
    refresh: { type: Number },
    storage: {},
    timeout: { type: Number },
    consent: {},
    hideReposts: { attribute: 'hide-reposts', type: Boolean },
    showPinned: { attribute: 'show-pinned', type: Boolean },
    showReplies: { attribute: 'show-replies', type: Boolean },
    showSensitive: { attribute: 'show-sensitive', type: Boolean },
    showCounts: { attribute: 'show-counts', type: Boolean },
    feed: { attribute: false },
    strings: { attribute: false },
  };

  private readonly loader = new FeedController(this, {
    args: () => ({
      // A feed given as a property needs no request; until the reader allows it, consent="click" makes none.
      src: this.feed || this.needsConsent ? '' : this.src,
      feed: this.feed,
      format: this.format,
      maxAge: this.maxAge,
      count: Math.min(Math.max(MIN_FETCH_COUNT, this.limit || 0), MAX_FETCH_COUNT),
      // Any whole number of seconds from 1 up; anything else turns refreshing off.
      refresh: this.refresh >= 1 ? this.refresh : 0,
      storage: STORAGE_MODES.includes(this.storage) ? this.storage : 'none',
      timeout: this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT,
    }),
    onLoad: (feed, source) => this.dispatchEvent(new SocialFeedLoadEvent({ feed, source })),
    onError: (error) => {
      // Readers see a short line; what a developer needs (the URL, the status, what was wrong) goes here.
      console.warn(`<social-feed src="${this.src}">: ${error.message}`);
      this.dispatchEvent(new SocialFeedErrorEvent({ error }));
    },
  });
  private readonly clock = new ClockController(this);

  /** The strings of the widget's language with `strings` applied. */
  private text: Strings = en;
  private locale = 'en';
  private targets: LinkTargets = linkTargets(undefined);
  private shownFeed?: Feed;
  private shownLimit = DEFAULT_LIMIT;
  /** What shows of the feed, worked out at each update. */
  private view: FeedView = { posts: [], hasMore: false, setSize: 0, wakeAt: Infinity };
  /** Posts revealed past `limit` by "show more". */
  private extra = 0;
  /** What the status line announces after "show more": how many posts appeared. */
  private announcement = '';
  /** The posts whose sensitive media the reader asked to see. */
  private revealed = new Set<string>();
  /** This widget's shadow root has the rich view's styles. */
  private richStyled = false;
  private richViewFailed = false;
  /** "Show more" waits for an older page. */
  private fetchingOlder = false;
  /** The first posts need the rich view, whose file is on its way: the placeholder stays until it arrives, nothing shifts. */
  private waitsForRichView = false;
  private postsShown = false;

  /** One or more space-separated feed endpoints or profile URLs, relative to the page; their posts merge. */
  src = '';

  /** The endpoints' format; `auto` detects it from the URL and the response. */
  format: FeedFormat = 'auto';

  /** How many posts are shown; "show more" reveals the others already loaded. */
  limit = DEFAULT_LIMIT;

  /** The language of the widget's strings and dates; else the nearest `[lang]` ancestor's, the document's, the browser's. */
  override lang!: string;

  /** Seconds during which a feed fetched by any widget on the page is shown again without a request. */
  maxAge = 300;

  /**
   * The color palette: `auto` follows the page (light unless it declares dark support with `color-scheme`, then
   * the reader's setting), `system` the reader's setting whatever the page, `light` and `dark` are fixed.
   */
  theme: 'auto' | 'system' | 'light' | 'dark' = 'auto';

  /** `compact`: a dense list for a narrow sidebar; `default`: cards. */
  layout: 'default' | 'compact' = 'default';

  /** Leaves reposts (boosts, retweets) out. */
  hideReposts = false;

  /** Shows the author's pinned posts first, with a marker, on top of the `limit` latest. */
  showPinned = false;

  /** Shows replies, which are left out by default. */
  showReplies = false;

  /** Shows media the source marks sensitive at once, instead of behind a button each. */
  showSensitive = false;

  /** Shows each post's replies, reposts and likes, when the source gives them. */
  showCounts = false;

  /** Seconds between background refreshes, shared by every widget on the same source; 0 for none. */
  refresh = 0;

  /** Keeps the last good feed across page views: `session` or `local` Web Storage, or `none`. */
  storage: StorageMode = 'none';

  /** Seconds before a request gives up with the timeout error. */
  timeout = DEFAULT_TIMEOUT;

  /** `click`: no request at all until the reader presses "Show posts from …"; the light-DOM content shows meanwhile. */
  consent: 'none' | 'click' = 'none';

  /**
   * A feed in the native format (as an endpoint would answer it), set from code: it shows without any request, in
   * place of `src`. Relative URLs in it resolve against the page.
   */
  feed?: NativeFeed;

  /** Replaces any of the widget's strings for this element (`{ retry: 'Reload', errors: { timeout: '…' } }`). */
  strings?: StringOverrides;

  /** The reader pressed "Show posts" (or did on an earlier page view, with `storage`). */
  private consented = false;

  /** The hosts the sources would be fetched from; undefined when one of them has no host the widget can read. */
  private get hosts(): string[] | undefined {
    const hosts = this.src.trim().split(/\s+/).map(hostOf);
    return hosts.every(Boolean) ? [...new Set(hosts as string[])] : undefined;
  }

  private get needsConsent(): boolean {
    if (this.consent !== 'click' || this.consented || !this.src.trim()) return false;
    const hosts = this.hosts;
    // Consent given to hosts cannot cover an address whose host is unreadable: it waits for the reader every time.
    return !hosts || !hasConsent(this.storage, hosts);
  }

  /** Loads the feed again from the network, even when the cached copy is fresh. */
  reload(): void {
    this.loader.retry();
  }

  // Derived here rather than in willUpdate: controllers (a cache hit shows a feed at once) run after willUpdate.
  protected override update(changed: PropertyValues<this>): void {
    // Resolved on every update (a few attribute reads), so a moved element or an ancestor's new lang is picked up.
    // The lang attribute is reflected only later in this update: read the property.
    this.locale = resolveLocale(this, this.lang);
    this.text = withOverrides(stringsFor(this.locale, () => this.requestUpdate()), this.strings);
    const feed = this.loader.value;
    if (feed !== this.shownFeed) {
      this.shownFeed = feed;
      this.targets = linkTargets(feed?.author.url);
    }
    // Another feed starts folded again; a refresh of the same one keeps what the reader unfolded.
    if (changed.has('src') || changed.has('limit')) [this.extra, this.announcement] = [0, ''];
    if (changed.has('src')) [this.revealed, this.postsShown] = [new Set(), false];
    this.shownLimit = this.limit >= 1 ? Math.floor(this.limit) : DEFAULT_LIMIT;
    this.view = feedView(feed, {
      shown: this.shownLimit + this.extra,
      showPinned: this.showPinned,
      showReplies: this.showReplies,
      hideReposts: this.hideReposts,
      now: this.clock.now(),
      locale: this.locale,
    });
    this.clock.wakeAt(this.view.wakeAt);
    const richViewComing = this.view.posts.some(({ post }) => needsRichView(post, this.showCounts)) && this.useRichView();
    // Only the first posts wait: once some show, a later one ("show more") fills in when the file arrives.
    this.waitsForRichView = richViewComing && !this.postsShown;
    this.postsShown ||= this.view.posts.length > 0 && !this.waitsForRichView;
    // Asked for only once the links show: while the first posts wait for the rich view, nothing races them.
    if (feed?.links.length && !icons && !this.waitsForRichView) loadIcons().then(() => this.requestUpdate(), () => undefined);
    if (this.loader.status === 'pending') warmUp(this.locale, this.clock.now());
    super.update(changed);
  }

  /**
   * Loads the rich view on first need, and once it is there gives this widget its styles; true while it is on its
   * way. Should its file not arrive, the posts show without what only it renders (sensitive media stay hidden).
   */
  private useRichView(): boolean {
    if (!richView) {
      if (this.richViewFailed) return false;
      loadRichView().then(
        () => this.requestUpdate(),
        () => {
          this.richViewFailed = true;
          this.requestUpdate();
        },
      );
      return true;
    }
    if (!this.richStyled && this.shadowRoot) {
      this.richStyled = true;
      adoptStyles(this.shadowRoot, [...SocialFeed.elementStyles, richView.richStyles]);
    }
    return false;
  }

  /** Shows a post's sensitive media and puts focus on the first of them, where the button was. */
  private async reveal(post: Post, event: Event): Promise<void> {
    const article = (event.currentTarget as Element).closest('article');
    this.revealed.add(post.id);
    this.requestUpdate();
    await this.updateComplete;
    article?.querySelector<HTMLElement>('.grid a, .grid video, .grid audio')?.focus();
  }

  /** What the rich view needs for one post. */
  private richContext(post: Post) {
    return {
      strings: this.text,
      targets: this.targets,
      revealed: this.showSensitive || this.revealed.has(post.id),
      reveal: (event: Event) => this.reveal(post, event),
      showCounts: this.showCounts,
      locale: this.locale,
      now: this.clock.now(),
    };
  }

  private allow(): void {
    const hosts = this.hosts;
    if (hosts) rememberConsent(this.storage, hosts);
    this.consented = true;
    this.requestUpdate();
  }

  /**
   * The WAI-ARIA feed pattern's keys: Page Down and Page Up move between posts, Control+End and Control+Home leave
   * the feed for what follows or precedes it.
   */
  private onFeedKeydown(event: KeyboardEvent): void {
    const current = (event.target as Element).closest('article');
    const feed = event.currentTarget as Element;
    const leave = event.ctrlKey && (event.key === 'End' || event.key === 'Home');
    const step = event.key === 'PageDown' ? 1 : event.key === 'PageUp' ? -1 : 0;
    if (!current || !(leave || step)) return;
    event.preventDefault();
    const articles = [...feed.querySelectorAll('article')];
    if (!leave) return articles[articles.indexOf(current) + step]?.focus();
    // Finding what precedes or follows the feed on the page is a file of its own, fetched on the first use.
    focusOrder().then(({ focusableBeside }) => focusableBeside(feed, event.key === 'End' ? 1 : -1)?.focus(), () => undefined);
  }

  /**
   * Shows `limit` more posts, first loading the next, older page when every loaded post shows already, moves focus to
   * the first new post and has the status line say how many appeared.
   */
  private async showMore(): Promise<void> {
    if (this.fetchingOlder) return;
    const shown = this.view.posts.length;
    if (!this.view.hasMore && this.loader.value?.next) {
      this.fetchingOlder = true;
      this.requestUpdate();
      await this.loader.loadOlder();
      this.fetchingOlder = false;
      // A failed request leaves the way on open: the status line says so, and the next press tries again.
      if (this.loader.olderError && this.loader.value?.next) return this.requestUpdate();
    }
    this.extra += this.shownLimit;
    this.requestUpdate();
    await this.updateComplete;
    this.announcement = this.text.moreShown(this.view.posts.length - shown);
    this.requestUpdate();
    await this.updateComplete;
    // The button may be gone (nothing more to show): focus goes on to the footer's link, not back to the page's start.
    (this.renderRoot.querySelectorAll('article')[shown] ?? this.renderRoot.querySelector<HTMLElement>('[part~="footer"]'))?.focus();
  }

  /**
   * Where a reader goes past the widget's last post: a profile source's page, always; for a feed, the author's site
   * once "show more" has shown every post there is.
   */
  private footer(feed: Feed): URL | undefined {
    const profile = profilePage(this.src.trim().split(/\s+/)[0], document.baseURI);
    const site = !profile && this.extra > 0 && !this.view.hasMore && !feed.next ? safeUrl(feed.author.url) : undefined;
    return profile ?? (site ? new URL(site) : undefined);
  }

  protected override render(): TemplateResult {
    const { text, view } = this;
    if (this.needsConsent) {
      const first = this.src.trim().split(/\s+/)[0];
      // The page's own fallback content (a bio, a "Follow me" link) shows until the reader allows the requests.
      const label = text.consent(this.hosts?.join(', ') ?? clip(this.src.trim(), 80));
      return renderConsent(tryFeedAddress(first, document.baseURI), hostOf(first), label, () => this.allow());
    }
    const { status, error, value: feed, stale } = this.loader;
    // The posts come as new nodes rather than by moving the placeholder's: nothing a reader has seen shifts.
    if ((status === 'pending' && !feed) || this.waitsForRichView) return renderPlaceholder(this.shownLimit, text);
    if (status === 'error' && error && !feed) {
      return renderError(error, text, () => this.reload(), profilePage(this.src.trim().split(/\s+/)[0], document.baseURI));
    }
    const context: PostContext = {
      strings: text,
      targets: this.targets,
      // Older pages to come: the feed pattern's size is unknown.
      setSize: feed?.next ? -1 : view.setSize,
      showPinned: this.showPinned,
      author: feed?.author.name ?? '',
      showCounts: this.showCounts,
      rich: richView && { view: richView, context: (post) => this.richContext(post) },
    };
    return html`${feed ? [renderAuthor(feed, this.targets), renderLinks(feed, text, icons?.networkIcon)] : nothing}
      ${view.posts.length > 0
        ? html`<div part="posts" role="feed" @keydown=${this.onFeedKeydown} aria-busy=${this.fetchingOlder ? 'true' : 'false'} aria-label=${feed ? text.posts(feed.author.name) : nothing}>
            ${view.posts.map((post, index) => renderPost(post, index, context))}
          </div>`
        : nothing}
      ${view.hasMore || feed?.next
        ? html`<button part="more" type="button" aria-busy=${this.fetchingOlder ? 'true' : 'false'} @click=${this.showMore}>${text.showMore}</button>`
        : nothing}
      ${feed && view.posts.length ? renderFooter(this.footer(feed), text) : nothing}
      ${renderStatus(text, { stale, empty: view.posts.length === 0, announcement: this.announcement, olderError: this.loader.olderError })}`;
  }
}

/** The public properties of `<social-feed>`, all optional: for typing the element in JSX and framework templates. */
export type SocialFeedProperties = Partial<
  Pick<
    SocialFeed,
    | 'src'
    | 'format'
    | 'limit'
    | 'lang'
    | 'maxAge'
    | 'theme'
    | 'layout'
    | 'hideReposts'
    | 'showPinned'
    | 'showReplies'
    | 'showSensitive'
    | 'showCounts'
    | 'refresh'
    | 'storage'
    | 'timeout'
    | 'consent'
    | 'feed'
    | 'strings'
  >
>;
