// The caller's signal and the timeout, combined: `AbortSignal.any` where the browser has it, a small stand-in where it
// has not (Chrome before 116, Firefox before 124, Safari before 17.4), or every load would fail as if offline.

/** A signal that aborts, with its reason, as soon as any of `signals` does. */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
