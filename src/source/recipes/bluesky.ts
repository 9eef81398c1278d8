// A Bluesky profile, read through Bluesky's public AppView: no account or token needed.
import { isRecord } from '../adapters/guards.js';
import { FeedError } from '../../errors.js';
import { firstCalls, type Profile } from '../../networks.js';
import type { ProfileSource } from './recipe.js';

/** The source of a Bluesky profile: its profile and latest posts without replies, the pinned one included. */
export function blueskyProfile(profile: Extract<Profile, { network: 'bluesky' }>): ProfileSource {
  return {
    format: 'bluesky',
    async load(getJson, count) {
      const [profileView, output] = await Promise.all(firstCalls(profile, count).map(getJson));
      if (!isRecord(output) || !Array.isArray(output.feed)) {
        throw new FeedError('invalid-shape', 'Expected {"feed": […]} from app.bsky.feed.getAuthorFeed.');
      }
      return { profile: profileView, feed: output.feed };
    },
  };
}
