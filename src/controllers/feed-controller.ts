import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../errors.js';
import { lazy } from '../lazy.js';
import { readNative } from '../source/adapters/index.js';
import { browserParsers } from '../source/parsers.js';
import type { Feed, FeedFormat, FeedSource } from '../types.js';
import type { CacheEntry } from '../watch/feed-cache.js';
import { cacheKey, watchSource, type SourceOptions } from '../watch/watch-source.js';
import type { StorageMode } from '../watch/web-storage.js';

/** Where the controller stands, as in `@lit/task`. */
export type FeedStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What the host asks for; a change to any of them starts over. */
export interface FeedRequestArgs {
  /** One or more space-separated endpoints, profile URLs or handles, relative to the document's base URL. */
  src: string;
  /** A native feed given by code: shown as it is, with no request (`src` is then ignored). */
  feed?: unknown;
  format: FeedFormat;
  /** Seconds a cached feed counts as fresh. */
  maxAge: number;
  /** How many posts to ask a network API for. */
  count: number;
  /** Seconds between background refreshes; 0 for none. */
  refresh: number;
  /** Where the last good feed is kept across page views. */
  storage: StorageMode;
  /** Seconds before a request gives up. */
  timeout: number;
}

/** How the controller reads its host's arguments and reports outcomes. */
export interface FeedControllerOptions {
  args: () => FeedRequestArgs;
  /** Called each time a feed is shown: at once from memory or storage, then from the network. */
  onLoad(feed: Feed, source: FeedSource): void;
  /** Called for each failed load of a source (never for an abort); what is shown stays. */
  onError(error: FeedError): void;
}

// Merging is a file of its own beside the widget, which only widgets with several sources need.
const merger = lazy(() => import('../watch/merge-feeds.js'));
let pages: typeof import('../watch/older-pages.js') | undefined;
// So are older pages, which only a reader who pressed "show more" past the posts loaded needs.
const loadPages = lazy(() => import('../watch/older-pages.js').then((module) => (pages = module)));

/**
 * Shows the host's feed: each of its sources watched through the page-wide cache (watch-source.ts decides when to
 * load), their copies merged once all have answered, what failed reported without losing what is shown.
 */
export class FeedController implements ReactiveController {
  /** Where the controller stands. */
  status: FeedStatus = 'initial';
  /** The feed shown; a failed refresh keeps it. */
  value?: Feed;
  /** Where `value` came from. */
  source?: FeedSource;
  /** Why the feed could not be loaded, while `status` is `error`. */
  error?: FeedError;
  /** True when a refresh of the feed shown failed: it may be out of date. */
  stale = false;
  /** Why the last older page could not be loaded; the posts shown stay, and "show more" may try again. */
  olderError?: FeedError;

  /** The arguments of the current run; unset when a run must happen at the next update. */
  private args?: FeedRequestArgs;
  /** The cache keys of the sources, in `src` order: the first one's author is shown. */
  private keys: string[] = [];
  private entries = new Map<string, CacheEntry>();
  /** Sources whose network answer is awaited. */
  private pending = new Set<string>();
  private firstError?: FeedError;
  /** The older pages "show more" loaded, per source (by cache key), in order, after that source's own copy. */
  private older = new Map<string, Feed[]>();
  /** Sources an older page of which could not be read: nothing older will be asked of them. */
  private ended = new Set<string>();
  private run?: AbortController;
  private cleanups: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
  }

  /** Loads every source from the network again, even when the cached copy is fresh. */
  retry(): void {
    if (this.args) this.start(this.args, true);
  }

  /**
   * Loads the next, older page of the feed shown, where its source pages (`Feed.next`; with several sources, that of
   * the one whose posts end first), through the page-wide cache: every widget on the source shares one request.
   * Resolves once the page shows, or once its failure is reported.
   */
  async loadOlder(): Promise<void> {
    const { args, run } = this;
    const next = this.value?.next;
    const key = this.keys.find((key) => this.paged(key)?.next === next);
    if (!args || !run || !next || !key) return;
    try {
      const feed = await (await loadPages()).loadOlderPage(next, args, run.signal);
      if (run.signal.aborted) return;
      this.older.set(key, [...(this.older.get(key) ?? []), feed]);
      this.olderError = undefined;
      this.show('network');
    } catch (error) {
      if (run.signal.aborted) return;
      this.olderError = error instanceof FeedError ? error : new FeedError('network', String(error));
      // A page that came but cannot be read will not be readable at the next press either: the end of the source, as
      // far as the widget goes. A failed request may succeed then.
      const ended = !['http', 'network', 'timeout'].includes(this.olderError.code);
      if (ended) {
        this.ended.add(key);
        this.show('network');
      } else this.host.requestUpdate();
      this.options.onError(this.olderError);
    }
  }

  hostConnected(): void {
    // Arguments may have changed, or a run been cancelled, while the host was away.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Code that moves the host by removing and re-inserting it does so in one task: only a real removal cancels.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.stop();
      this.args = undefined;
    });
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.args;
    const changed = !last || (Object.keys(args) as (keyof FeedRequestArgs)[]).some((name) => args[name] !== last[name]);
    if (this.host.isConnected && changed) this.start(args, false);
  }

  private stop(): void {
    this.run?.abort();
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
  }

  private start(args: FeedRequestArgs, force: boolean): void {
    const sameSources = this.args?.src === args.src && this.args.format === args.format && this.args.count === args.count;
    this.stop();
    this.args = args;
    this.error = this.firstError = this.olderError = undefined;
    // Another feed's posts must never show while this one loads.
    if (!sameSources) [this.value, this.source, this.stale, this.older, this.ended] = [undefined, undefined, false, new Map(), new Set()];
    this.entries = new Map();
    this.pending = new Set();
    if (args.feed) return this.showGiven(args.feed);
    const sources = args.src.split(/\s+/).filter(Boolean);
    this.keys = sources.map((src) => cacheKey(src, args.format, args.count));
    if (!sources.length) return this.set('initial');
    const run = (this.run = new AbortController());
    const options: SourceOptions = args;
    sources.forEach((src, i) => {
      const key = this.keys[i];
      const watch = watchSource(
        src,
        options,
        {
          entry: (entry, from) => run.signal.aborted || this.received(key, entry, from),
          failure: (error) => run.signal.aborted || this.failed(key, error),
        },
        force,
      );
      this.cleanups.push(watch.stop);
      if (watch.cached) this.entries.set(key, watch.cached);
      if (watch.pending) this.pending.add(key);
    });
    // A copy of every source shows at once, even a stale one being refreshed; else the skeleton until all answer.
    if (this.entries.size === this.keys.length) this.show('memory');
    else this.set('pending');
  }

  private received(key: string, entry: CacheEntry, source: FeedSource): void {
    this.pending.delete(key);
    this.entries.set(key, entry);
    this.stale = false;
    // Sources answering one by one would swap authors and push posts around: show once all have answered.
    if (this.value || !this.pending.size) this.show(source);
  }

  private failed(key: string, error: FeedError): void {
    this.pending.delete(key);
    this.firstError ??= error;
    if (this.value) this.stale = true;
    else if (!this.pending.size) {
      if (this.entries.size) this.show('network');
      else {
        this.error = this.firstError;
        this.set('error');
      }
    }
    this.host.requestUpdate();
    this.options.onError(error);
  }

  /** A feed set by code: read like a native endpoint's answer, shown as soon as read or reported as the error it is. */
  private showGiven(feed: unknown): void {
    this.keys = [];
    const run = (this.run = new AbortController());
    readNative(feed, { baseUrl: document.baseURI, ...browserParsers }).then(
      (read) => run.signal.aborted || this.showFeed(read, 'property'),
      (error: unknown) => {
        if (run.signal.aborted) return;
        this.value = undefined;
        this.error = error instanceof FeedError ? error : new FeedError('invalid-shape', String(error));
        this.set('error');
        this.options.onError(this.error);
      },
    );
  }

  /** A source's copy with the older pages loaded after it, and its way on unless that has ended. */
  private paged(key: string): Feed | undefined {
    const feed = this.entries.get(key)?.feed;
    // Older pages were loaded with the file that appends them.
    const paged = feed && pages ? (this.older.get(key) ?? []).reduce(pages.appendPage, feed) : feed;
    return paged && this.ended.has(key) ? { ...paged, next: undefined } : paged;
  }

  private show(source: FeedSource): void {
    const feeds = this.keys.flatMap((key) => this.paged(key) ?? []);
    const signal = this.run?.signal;
    if (feeds.length === 1) return this.showFeed(feeds[0], source);
    void merger().then(({ mergeFeeds }) => signal?.aborted || this.showFeed(mergeFeeds(feeds), source));
  }

  private showFeed(feed: Feed, source: FeedSource): void {
    this.value = feed;
    this.source = source;
    this.set('complete');
    this.options.onLoad(feed, source);
  }

  private set(status: FeedStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

