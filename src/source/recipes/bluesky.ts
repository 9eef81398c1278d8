// A Bluesky profile, read through Bluesky's public AppView: no account or token needed.
import { olderAuthorFeed } from '../adapters/bluesky.js';
import { isRecord } from '../adapters/guards.js';
import { FeedError } from '../../errors.js';
import { firstCalls, type Profile } from '../../networks.js';
import type { ProfileSource } from './recipe.js';

/** The source of a Bluesky profile: its profile and latest posts without replies, the pinned one included. */
export function blueskyProfile(profile: Extract<Profile, { network: 'bluesky' }>): ProfileSource {
  return {
    format: 'bluesky',
    async load(getJson, count) {
      const calls = firstCalls(profile, count);
      const [profileView, output] = await Promise.all(calls.map(getJson));
      if (!isRecord(output) || !Array.isArray(output.feed)) {
        throw new FeedError('invalid-shape', 'Expected {"feed": […]} from app.bsky.feed.getAuthorFeed.');
      }
      return { input: { profile: profileView, feed: output.feed }, next: olderAuthorFeed(calls[1], output) };
    },
  };
}
