import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundFeed } from '../source/adapters/bounds.js';
import { browserParsers } from '../source/parsers.js';
import { adaptNative } from '../source/adapters/native.js';
import { feedAddress, tryFeedAddress } from '../address/address.js';
import { fetchShared, readCache, subscribeCache, writeCache, type CacheEntry, type Loader } from '../watch/feed-cache.js';
import { loadFeed } from '../source/load-source.js';
import { page } from '../page.js';
import type { StorageMode } from '../watch/web-storage.js';
import { FeedError } from '../errors.js';
import type { Feed, FeedFormat, FeedSource } from '../types.js';

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

const toFeedError = (error: unknown) => (error instanceof FeedError ? error : new FeedError('network', String(error)));
// Web Storage and background refreshes are files of their own beside the widget, loaded by the widgets that use them.
const storage = () => import('../watch/feed-storage.js');
const refresher = () => import('../watch/refresh.js');
// So is merging, which only widgets with several sources need.
const merger = () => import('../watch/merge-feeds.js');

/**
 * Shows the host's feed through the page-wide cache, stale-while-revalidate: a cached copy (memory, else Web
 * Storage) shows at once and a stale one is refreshed; every widget on a source hears every new copy of it.
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

  /** The arguments of the current run; unset when a run must happen at the next update. */
  private args?: FeedRequestArgs;
  /** The cache keys of the sources, in `src` order: the first one's author is shown. */
  private keys: string[] = [];
  private entries = new Map<string, CacheEntry>();
  /** Sources whose network answer is awaited. */
  private pending = new Set<string>();
  private firstError?: FeedError;
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
    this.error = this.firstError = undefined;
    // Another feed's posts must never show while this one loads.
    if (!sameSources) [this.value, this.source, this.stale] = [undefined, undefined, false];
    this.entries = new Map();
    this.pending = new Set();
    if (args.feed) return this.showGiven(args.feed);
    const sources = args.src.split(/\s+/).filter(Boolean);
    this.keys = sources.map((src) => `${tryFeedAddress(src, document.baseURI) ?? src} ${args.format} ${args.count}`);
    if (!sources.length) return this.set('initial');
    const run = (this.run = new AbortController());
    const { signal } = run;
    sources.forEach((src, i) => {
      const key = this.keys[i];
      const loader: Loader = async (signal, previous) => {
        // What is not an address fails like a request would: the error state and its event.
        const loaded = await loadFeed(feedAddress(src, document.baseURI), { format: args.format, count: args.count, timeout: args.timeout * 1000, signal, previous });
        // Stored here, once per load, rather than by every widget that hears of it.
        if (args.storage !== 'none') {
          storage().then(({ writeStored }) => writeStored(args.storage, key, { ...loaded, fetchedAt: page().now() }), () => undefined);
        }
        return loaded;
      };
      const revalidate = (entry: CacheEntry | undefined) => {
        if (force || !entry || page().now() - entry.fetchedAt >= args.maxAge * 1000) {
          this.pending.add(key);
          fetchShared(key, loader, signal).catch(() => undefined);
        }
      };
      // Outcomes arrive through the subscription, for this widget and every other one showing the source.
      this.cleanups.push(
        subscribeCache(key, {
          entry: (entry, from) => this.received(key, entry, from),
          failure: (error) => this.failed(key, toFeedError(error)),
        }),
      );
      if (args.refresh > 0) {
        void refresher().then(({ scheduleRefresh }) => {
          if (!signal.aborted) this.cleanups.push(scheduleRefresh(key, args.refresh * 1000, () => fetchShared(key, loader)));
        });
      }
      const entry = readCache(key);
      if (entry || args.storage === 'none') {
        if (entry) this.entries.set(key, entry);
        return revalidate(entry);
      }
      // The stored copy shows as soon as it is read; only a stale one (or none) goes to the network.
      this.pending.add(key);
      void storage()
        .then(({ readStored }) => readStored(args.storage, key))
        .catch(() => undefined)
        .then((stored) => {
          if (signal.aborted) return;
          if (stored && !readCache(key)) writeCache(key, stored, 'storage');
          revalidate(readCache(key));
        });
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

  /** A feed set by code: read like a native endpoint's answer, shown at once or reported as the error it is. */
  private showGiven(feed: unknown): void {
    this.keys = [];
    try {
      this.showFeed(boundFeed(adaptNative(feed, { baseUrl: document.baseURI, ...browserParsers })), 'property');
    } catch (error) {
      this.value = undefined;
      this.error = toFeedError(error);
      this.set('error');
      this.options.onError(this.error);
    }
  }

  private show(source: FeedSource): void {
    const feeds = this.keys.flatMap((key) => this.entries.get(key)?.feed ?? []);
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
