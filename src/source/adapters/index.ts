// Normalizes a parsed response with the adapter of its format, loading that adapter on first use.
import { FeedError } from '../../errors.js';
import { lazy } from '../../lazy.js';
import { formatOfPath } from '../../networks.js';
import type { Feed, FeedFormat } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { boundFeed } from './bounds.js';
import type { AdapterFormat } from './detect.js';
import { adaptNative, isNativeFeed } from './native.js';

// Only the native adapter is in the main file; each other one is a file beside it (rollup.config.mjs), and so are
// the detectors format="auto" needs for anything but a native feed. The adapters of HTML-bearing formats ask for the
// HTML reader alongside, not after it: one round trip fewer.
const htmlText = lazy(() => import('../../format/html-text.js'));
const detector = lazy(() => import('./detect.js'));
const withHtmlText = <T>(adapter: Promise<T>): Promise<T> => Promise.all([adapter, htmlText()]).then(([loaded]) => loaded);
const adapters: Record<AdapterFormat, () => Promise<Adapter>> = {
  native: async () => adaptNative,
  jsonfeed: lazy(async () => (await withHtmlText(import('./jsonfeed.js'))).adaptJsonFeed),
  rss: lazy(async () => (await withHtmlText(import('./rss.js'))).adaptRss),
  mastodon: lazy(async () => (await withHtmlText(import('./mastodon.js'))).adaptMastodon),
  bluesky: lazy(async () => (await import('./bluesky.js')).adaptBluesky),
  twitter: lazy(async () => (await import('./twitter.js')).adaptTwitter),
};

/** Starts fetching the adapter of a known or likely format, so that it arrives while the feed itself is fetched. */
export function preloadAdapter(format: FeedFormat, url?: URL): void {
  // With format="auto", a path that names its format has its adapter and the detector come with the response.
  const expected = format === 'auto' ? url && formatOfPath(url) : format;
  if (!expected || !Object.hasOwn(adapters, expected)) return;
  if (format === 'auto') detector().catch(() => undefined);
  adapters[expected]().catch(() => undefined);
}

/** Normalizes `input` in `format` (`auto` detects it), within the bounds of `bounds.ts`. Throws `FeedError`. */
export async function adapt(input: unknown, format: FeedFormat, context: AdaptContext): Promise<Feed> {
  const resolved =
    format !== 'auto' ? format : isNativeFeed(input) ? 'native' : (await detector()).detectFormat(input);
  if (!resolved || !Object.hasOwn(adapters, resolved)) {
    // Short: every byte of the main file ships to every reader. docs/sources.md lists what is read.
    throw new FeedError('unsupported-format', format === 'auto' ? 'No known feed format' : `Unknown format "${format}"`);
  }
  const adapter = await adapters[resolved]().catch((error: unknown) => {
    throw new FeedError('network', `Could not load the ${resolved} adapter: ${String(error)}`);
  });
  return boundFeed(adapter(input, context));
}
