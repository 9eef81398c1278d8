// Normalizes a parsed response with the adapter of its format, loading that adapter on first use.
import { FeedError } from '../../errors.js';
import { formatOfPath } from '../../networks.js';
import type { Feed, FeedFormat } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { boundFeed } from './bounds.js';
import type { AdapterFormat } from './detect.js';
import { adaptNative, isNativeFeed } from './native.js';

// Only the native adapter is in the main file; each other one is a file of its own beside it, fetched once, and so
// are the detectors format="auto" needs for anything but a native feed. The adapters of HTML-bearing formats ask for
// the HTML reader alongside, not after it: one round trip fewer.
const withHtmlText = <T>(adapter: Promise<T>): Promise<T> =>
  Promise.all([adapter, import('../../format/html-text.js')]).then(([loaded]) => loaded);
const adapters: Record<AdapterFormat, () => Promise<Adapter>> = {
  native: async () => adaptNative,
  jsonfeed: async () => (await withHtmlText(import('./jsonfeed.js'))).adaptJsonFeed,
  rss: async () => (await withHtmlText(import('./rss.js'))).adaptRss,
  mastodon: async () => (await withHtmlText(import('./mastodon.js'))).adaptMastodon,
  bluesky: async () => (await import('./bluesky.js')).adaptBluesky,
  twitter: async () => (await import('./twitter.js')).adaptTwitter,
};

/** Starts fetching the adapter of a known or likely format, so that it arrives while the feed itself is fetched. */
export function preloadAdapter(format: FeedFormat, url?: URL): void {
  // With format="auto", a path that names its format has its adapter and the detector come with the response.
  const expected = format === 'auto' ? url && formatOfPath(url) : format;
  if (!expected || !Object.hasOwn(adapters, expected)) return;
  if (format === 'auto') import('./detect.js').catch(() => undefined);
  adapters[expected]().catch(() => undefined);
}

/** Normalizes `input` in `format` (`auto` detects it), within the bounds of `bounds.ts`. Throws `FeedError`. */
export async function adapt(input: unknown, format: FeedFormat, context: AdaptContext): Promise<Feed> {
  const resolved =
    format !== 'auto' ? format : isNativeFeed(input) ? 'native' : (await import('./detect.js')).detectFormat(input);
  if (!resolved || !Object.hasOwn(adapters, resolved)) {
    throw new FeedError(
      'unsupported-format',
      format === 'auto'
        ? 'Unsupported feed format: expected a native feed, JSON Feed, RSS or Atom, a Mastodon or Bluesky profile or API response, or X API v2 tweets.'
        : `Unknown format "${format}".`,
    );
  }
  const adapter = await adapters[resolved]().catch((error: unknown) => {
    throw new FeedError('network', `Could not load the ${resolved} adapter: ${String(error)}`);
  });
  return boundFeed(adapter(input, context));
}
