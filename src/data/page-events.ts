// The browser events that decide when a background refresh may run; each returns its unsubscribe function.

/** Calls `listener` whenever the page becomes visible. */
export function onVisible(listener: () => void): () => void {
  const handler = () => document.visibilityState === 'visible' && listener();
  document.addEventListener('visibilitychange', handler);
  return () => document.removeEventListener('visibilitychange', handler);
}

/** Calls `listener` whenever the browser goes back online. */
export function onOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  return () => window.removeEventListener('online', listener);
}

/** True while a refresh is worth making: the page is visible and the browser believes it is online. */
export function canRefresh(): boolean {
  return document.visibilityState === 'visible' && navigator.onLine !== false;
}
