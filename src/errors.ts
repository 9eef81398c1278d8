/** Why a feed could not be shown. Each code has a localized message. */
export type FeedErrorCode =
  | 'http'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-shape'
  | 'unsupported-format'
  /** `src` is neither a URL nor a handle. */
  | 'invalid-address'
  /** The author asks their network to show their posts only to signed-in readers (Bluesky's logged-out visibility). */
  | 'signed-in-only';

/** The one error type the data layer throws; `detail` is technical context for developers, not shown to readers. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly code: FeedErrorCode,
    message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
  }
}
