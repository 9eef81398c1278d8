import type { FeedFormat } from '../../types.js';

/** Fetches a URL and parses its JSON, with the widget's timeout, size cap and error codes. */
export type GetJson = (url: string) => Promise<unknown>;

/**
 * A network profile page (`https://mastodon.social/@user`, `https://bsky.app/profile/user.bsky.social`) that the widget
 * reads through that network's public API: `load` makes the API calls and returns the input of `format`'s adapter,
 * with the API call of the next, older page when there is one.
 */
export interface ProfileSource {
  format: Exclude<FeedFormat, 'auto'>;
  /** Calls the API for up to `count` posts; throws `FeedError`. */
  load(getJson: GetJson, count: number): Promise<{ input: unknown; next?: string }>;
}
