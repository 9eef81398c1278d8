/** Where a widget keeps things across page views: its last good feed, a reader's consent. */
export type StorageMode = 'none' | 'session' | 'local';

/** The Web Storage of `mode`, or undefined when it is off or the browser refuses access. */
export function storageFor(mode: StorageMode): Storage | undefined {
  try {
    // Reading the property itself throws in sandboxed frames and with cookies blocked.
    return mode === 'local' ? localStorage : mode === 'session' ? sessionStorage : undefined;
  } catch {
    return undefined;
  }
}
