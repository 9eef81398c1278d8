// Every file the widget loads on demand goes through here (the chunk plan, which modules make which file, is in
// rollup.config.mjs).

/** `load`, run on first use and shared after; a load that failed (a file that did not arrive) is tried again next time. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
