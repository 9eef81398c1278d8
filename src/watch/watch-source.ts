// One source as the widgets on a page see it, stale-while-revalidate: the copy in memory (else in Web Storage) shows
// at once, a stale one (or none) is loaded, every widget on the source hears every new copy, and with `refresh` one
// timer reloads it in the background. The whole caching policy lives here; the controller only shows what it hears.
import { feedAddress, tryFeedAddress } from '../address/address.js';
import { lazy } from '../lazy.js';
import { page } from '../page.js';
import { loadFeed } from '../source/load-source.js';
import { FeedError } from '../errors.js';
import type { FeedFormat, FeedSource } from '../types.js';
import { fetchShared, readCache, subscribeCache, writeCache, type CacheEntry, type Loader } from './feed-cache.js';
import type { StorageMode } from './web-storage.js';

// Web Storage and background refreshes are files of their own beside the widget, loaded by the widgets that use them.
const storage = lazy(() => import('./feed-storage.js'));
const refresher = lazy(() => import('./refresh.js'));

/** How a widget wants a source. */
export interface SourceOptions {
  format: FeedFormat;
  /** How many posts to ask a network API for. */
  count: number;
  /** Seconds a cached copy counts as fresh. */
  maxAge: number;
  /** Seconds between background refreshes; 0 for none. */
  refresh: number;
  /** Where the last good copy is kept across page views. */
  storage: StorageMode;
  /** Seconds before a request gives up. */
  timeout: number;
}

/** What a watcher hears after it started: each new copy of the source, and each failed load of it. */
export interface SourceListener {
  entry(entry: CacheEntry, source: FeedSource): void;
  failure(error: FeedError): void;
}

/** A source being watched. */
export interface Watch {
  /** The copy in memory when the watch began, shown at once. */
  cached?: CacheEntry;
  /** True while an answer is awaited: a load, or the read of Web Storage. */
  pending: boolean;
  /** Stops hearing of the source; a load nobody else waits for is cancelled. */
  stop(): void;
}

/** The page-wide key of a source: its address (or `src` as given, when it is none), format and post count. */
export function cacheKey(src: string, format: FeedFormat, count: number): string {
  return `${tryFeedAddress(src, document.baseURI) ?? src} ${format} ${count}`;
}

/** Watches `src` (a URL, profile or handle); `force` loads it from the network even when the copy is fresh. */
export function watchSource(src: string, options: SourceOptions, listener: SourceListener, force = false): Watch {
  const key = cacheKey(src, options.format, options.count);
  const run = new AbortController();
  const { signal } = run;
  const load: Loader = async (signal, previous) => {
    // What is not an address fails like a request would: the error state and its event.
    const loaded = await loadFeed(feedAddress(src, document.baseURI), {
      format: options.format,
      count: options.count,
      timeout: options.timeout * 1000,
      signal,
      previous,
    });
    // Stored here, once per load, rather than by every widget that hears of it.
    if (options.storage !== 'none') {
      storage().then(({ writeStored }) => writeStored(options.storage, key, { ...loaded, fetchedAt: page().now() }), () => undefined);
    }
    return loaded;
  };
  const watch: Watch = { pending: false, stop: () => undefined };
  const revalidate = (entry: CacheEntry | undefined) => {
    if (force || !entry || page().now() - entry.fetchedAt >= options.maxAge * 1000) {
      watch.pending = true;
      fetchShared(key, load, signal).catch(() => undefined);
    }
  };
  // Outcomes arrive through the subscription, for this widget and every other one showing the source.
  const stops = [
    subscribeCache(key, {
      entry: (entry, source) => {
        watch.pending = false;
        listener.entry(entry, source);
      },
      failure: (error) => {
        watch.pending = false;
        listener.failure(error instanceof FeedError ? error : new FeedError('network', String(error)));
      },
    }),
  ];
  watch.stop = () => {
    run.abort();
    stops.forEach((stop) => stop());
  };
  if (options.refresh > 0) {
    refresher().then(({ scheduleRefresh }) => {
      if (!signal.aborted) stops.push(scheduleRefresh(key, options.refresh * 1000, () => fetchShared(key, load)));
    }, () => undefined);
  }
  watch.cached = readCache(key);
  if (watch.cached || options.storage === 'none') {
    revalidate(watch.cached);
    return watch;
  }
  // The stored copy shows as soon as it is read; only a stale one (or none) goes to the network.
  watch.pending = true;
  void storage()
    .then(({ readStored }) => readStored(options.storage, key))
    .catch(() => undefined)
    .then((stored) => {
      if (signal.aborted) return;
      if (stored && !readCache(key)) writeCache(key, stored, 'storage');
      revalidate(readCache(key));
    });
  return watch;
}
