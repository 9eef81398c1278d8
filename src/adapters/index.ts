// Picks the adapter for a response and normalizes it into a Feed.
import { FeedError } from '../errors.js';
import type { Feed, FeedFormat } from '../types.js';
import { browserParsers } from './context.js';
import { adaptNative, isNativeFeed } from './native.js';

/** Normalizes a parsed response in the given format; `auto` detects it. Throws `FeedError`. */
export function adapt(json: unknown, format: FeedFormat, baseUrl: string): Feed {
  if (format === 'native' || (format === 'auto' && isNativeFeed(json))) return adaptNative(json, { baseUrl, ...browserParsers });
  throw new FeedError(
    'unsupported-format',
    format === 'auto'
      ? 'Unsupported feed format: expected a native feed ({"version": 1, "author": {…}, "posts": […]}).'
      : `The "${format}" format is not supported yet.`,
  );
}
