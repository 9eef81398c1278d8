// The page-wide feed cache: every widget on the page shares one entry and one request per key.
import type { Feed } from '../types.js';

/** A cached feed and when it arrived. */
export interface CacheEntry {
  feed: Feed;
  /** `Date.now()` when the load finished. */
  fetchedAt: number;
}

interface Flight {
  promise: Promise<CacheEntry>;
  controller: AbortController;
  /** Callers still waiting; the load is aborted when the last one gives up. */
  waiting: number;
}

const entries = new Map<string, CacheEntry>();
const flights = new Map<string, Flight>();

/** The cached entry for `key`, fresh or not. */
export function readCache(key: string): CacheEntry | undefined {
  return entries.get(key);
}

/**
 * Loads `key` once however many callers ask at the same time, and stores the result.
 * An aborted caller rejects at once; the shared load is aborted only when every caller has.
 */
export function fetchShared(
  key: string,
  load: (signal: AbortSignal) => Promise<Feed>,
  signal?: AbortSignal,
): Promise<CacheEntry> {
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

function start(key: string, load: (signal: AbortSignal) => Promise<Feed>): Flight {
  const controller = new AbortController();
  const flight: Flight = {
    controller,
    waiting: 0,
    // Started on a microtask, so that even a load that throws at once settles after the flight is registered.
    promise: Promise.resolve(controller.signal)
      .then(load)
      .then((feed) => {
        const entry = { feed, fetchedAt: Date.now() };
        // A load that clearFeedCache() forgot does not write into the new cache.
        if (flights.get(key) === flight) entries.set(key, entry);
        return entry;
      })
      .finally(() => {
        if (flights.get(key) === flight) flights.delete(key);
      }),
  };
  flights.set(key, flight);
  return flight;
}

/** Forgets every entry and in-flight load (for tests); a load already running still answers its callers but stores nothing. */
export function clearFeedCache(): void {
  entries.clear();
  flights.clear();
}
