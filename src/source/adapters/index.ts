// Normalizes a parsed response with the adapter of its format, loading that adapter on first use.
import { FeedError } from '../../errors.js';
import { lazy } from '../../lazy.js';
import { formatOfPath } from '../../networks.js';
import type { Feed, FeedFormat } from '../../types.js';
import type { AdaptContext, Adapter } from './context.js';
import { boundFeed } from './bounds.js';
import type { AdapterFormat } from './detect.js';
import { adaptNative, hasRichFields, isNativeFeed } from './native.js';

// Only the native adapter is in the main file; each other one is a file beside it (rollup.config.mjs), and so are
// the detectors format="auto" needs for anything but a native feed. The adapters of HTML-bearing formats ask for the
// HTML reader alongside, not after it: one round trip fewer.
// The reader of cards, quotes, polls and media kinds travels beside every adapter but the native one's.
const htmlText = lazy(() => import('../../format/html-text.js'));
const richReader = lazy(() => import('./rich.js'));
const detector = lazy(() => import('./detect.js'));
const withHtmlText = <T>(adapter: Promise<T>): Promise<T> => Promise.all([adapter, htmlText(), richReader()]).then(([loaded]) => loaded);
const withRich = <T>(adapter: Promise<T>): Promise<T> => Promise.all([adapter, richReader()]).then(([loaded]) => loaded);
const adapters: Record<AdapterFormat, () => Promise<Adapter>> = {
  native: async () => adaptNative,
  jsonfeed: lazy(async () => (await withHtmlText(import('./jsonfeed.js'))).adaptJsonFeed),
  rss: lazy(async () => (await withHtmlText(import('./rss.js'))).adaptRss),
  mastodon: lazy(async () => (await withHtmlText(import('./mastodon.js'))).adaptMastodon),
  bluesky: lazy(async () => (await withRich(import('./bluesky.js'))).adaptBluesky),
  twitter: lazy(async () => (await withRich(import('./twitter.js'))).adaptTwitter),
};

/** A native feed read, with the reader of its rich fields when its posts have any. */
export async function readNative(input: unknown, context: AdaptContext): Promise<Feed> {
  return boundFeed(adaptNative(input, context, hasRichFields(input) ? await richReader() : undefined));
}

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
  if (resolved === 'native') return readNative(input, context);
  const adapter = await adapters[resolved]().catch((error: unknown) => {
    throw new FeedError('network', `Could not load the ${resolved} adapter: ${String(error)}`);
  });
  return boundFeed(adapter(input, context));
}
