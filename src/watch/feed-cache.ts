// The page-wide feed cache: every widget on the page shares one entry and one request per key, and hears when
// the entry changes (a refresh that one widget's timer started updates them all).
import type { Feed, FeedSource } from '../types.js';
import { page } from '../page.js';

/** A cached feed, when it arrived, and the validators the server gave for a conditional request. */
export interface CacheEntry {
  feed: Feed;
  /** The page's time (epoch ms) when the load finished (or a 304 confirmed it). */
  fetchedAt: number;
  etag?: string;
  lastModified?: string;
}

/** Loads a key; `previous` is the entry already cached, for a conditional request. */
export type Loader = (signal: AbortSignal, previous: CacheEntry | undefined) => Promise<Omit<CacheEntry, 'fetchedAt'>>;

interface Flight {
  promise: Promise<CacheEntry>;
  controller: AbortController;
  /** Callers still waiting; the load is aborted when the last one gives up. */
  waiting: number;
}

const entries = new Map<string, CacheEntry>();
const flights = new Map<string, Flight>();
/** Hears every entry stored for a key, and every failed load of it (aborts excepted). */
export interface CacheListener {
  entry(entry: CacheEntry, source: FeedSource): void;
  failure(error: unknown): void;
}
const listeners = new Map<string, Set<CacheListener>>();

/** The cached entry for `key`, fresh or not. */
export function readCache(key: string): CacheEntry | undefined {
  return entries.get(key);
}

/** Stores an entry (from the network, or Web Storage) and tells every subscriber of `key`. */
export function writeCache(key: string, entry: CacheEntry, source: FeedSource = 'network'): void {
  entries.set(key, entry);
  for (const listener of listeners.get(key) ?? []) listener.entry(entry, source);
}

/** Tells `listener` of every entry stored and every load failed for `key` from now on; returns the unsubscribe function. */
export function subscribeCache(key: string, listener: CacheListener): () => void {
  const set = listeners.get(key) ?? new Set();
  listeners.set(key, set.add(listener));
  return () => {
    set.delete(listener);
    if (!set.size) listeners.delete(key);
  };
}

/**
 * Loads `key` once however many callers ask at the same time, and stores the result.
 * An aborted caller rejects at once; the shared load is aborted only when every caller has.
 */
export function fetchShared(key: string, load: Loader, signal?: AbortSignal): Promise<CacheEntry> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const flight = flights.get(key) ?? start(key, load);
  flight.waiting++;
  if (!signal) return flight.promise;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(signal.reason);
      if (--flight.waiting === 0) {
        // Forget it first, so that the next caller starts a new load instead of joining this dying one.
        if (flights.get(key) === flight) flights.delete(key);
        flight.controller.abort();
      }
    };
    signal.addEventListener('abort', leave, { once: true });
    flight.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}

function start(key: string, load: Loader): Flight {
  const controller = new AbortController();
  const flight: Flight = {
    controller,
    waiting: 0,
    // Started on a microtask, so that even a load that throws at once settles after the flight is registered.
    promise: Promise.resolve()
      .then(() => load(controller.signal, entries.get(key)))
      .then((loaded) => {
        const entry = { ...loaded, fetchedAt: page().now() };
        // A load that clearFeedCache() forgot does not write into the new cache.
        if (flights.get(key) === flight) writeCache(key, entry);
        return entry;
      })
      .catch((error: unknown) => {
        // Every caller gave up (it aborted the load): nobody is left to tell.
        if (!controller.signal.aborted && flights.get(key) === flight) for (const listener of listeners.get(key) ?? []) listener.failure(error);
        throw error;
      })
      .finally(() => {
        if (flights.get(key) === flight) flights.delete(key);
      }),
  };
  flights.set(key, flight);
  return flight;
}

/** Forgets every entry, in-flight load and subscriber (for tests); a load already running still answers its callers but stores nothing. */
export function clearFeedCache(): void {
  entries.clear();
  flights.clear();
  listeners.clear();
}
