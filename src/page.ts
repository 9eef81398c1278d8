// What the widget reads of the page around it besides the DOM it renders: the time, timers, chance, whether the page
// is hidden and whether the browser is online. One object, so the page's clock and the refresh scheduler read the
// same page, and tests drive time and events by hand instead of waiting for them.

/** The page as the clock and the refresh scheduler see it. */
export interface Page {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, delay: number): number;
  clearTimeout(id: number): void;
  /** A number in [0, 1). */
  random(): number;
  isHidden(): boolean;
  /** False only when the browser knows it is offline. */
  isOnline(): boolean;
  /** Calls `listener` on every visibility change; returns the unsubscribe function. */
  onVisibilityChange(listener: () => void): () => void;
  /** Calls `listener` whenever the browser comes back online; returns the unsubscribe function. */
  onOnline(listener: () => void): () => void;
}

/** The real page. It touches nothing until called, so importing it is free. */
export const browserPage: Page = {
  now: () => Date.now(),
  setTimeout: (callback, delay) => window.setTimeout(callback, delay),
  clearTimeout: (id) => window.clearTimeout(id),
  random: () => Math.random(),
  isHidden: () => document.visibilityState === 'hidden',
  isOnline: () => navigator.onLine !== false,
  onVisibilityChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
  onOnline(listener) {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
};

let current: Page = browserPage;

/** The page the widget reads: the real one, or the one a test put in its place. */
export const page = (): Page => current;

/** Puts `next` in place of the real page, for tests that drive time and events by hand; no argument restores it. */
export function usePage(next: Page = browserPage): void {
  current = next;
}
