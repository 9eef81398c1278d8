import { expect } from '@open-wc/testing';
import { adaptBluesky } from '../../../src/source/adapters/bluesky.js';
import { browserParsers } from '../../../src/source/parsers.js';
import { profileOf } from '../../../src/networks.js';
import { blueskyProfile } from '../../../src/source/recipes/bluesky.js';
import { FeedError } from '../../../src/errors.js';
import { authorFeed } from '../../fixtures/bluesky/author-feed.js';
import { profile } from '../../fixtures/bluesky/profile.js';

const XRPC = 'https://public.api.bsky.app/xrpc';

/** A getJson that answers from `responses` by method name and records every URL it was asked for. */
function fakeGetJson(responses: Record<string, unknown> = { getProfile: profile(), getAuthorFeed: authorFeed() }) {
  const urls: string[] = [];
  const getJson = async (url: string) => {
    urls.push(url);
    const method = /xrpc\/app\.bsky\.\w+\.(\w+)/.exec(url)?.[1] ?? '';
    return responses[method];
  };
  return { urls, getJson };
}

/** The recipe of the Bluesky profile at `url`, undefined when the URL is no Bluesky profile page. */
const source = (url: string) => {
  const profile = profileOf(new URL(url));
  return profile?.network === 'bluesky' ? blueskyProfile(profile) : undefined;
};

describe('bluesky profile source', () => {
  it('matches bsky.app profile URLs by handle or DID, with or without a final slash', () => {
    for (const url of [
      'https://bsky.app/profile/cginisty.bsky.social',
      'https://bsky.app/profile/cginisty.bsky.social/',
      'https://bsky.app/profile/did:plc:k3a7vq2mhx5nrtw4yzu6pdbe',
      'https://bsky.app/profile/blog.example.com',
    ]) {
      expect(source(url)?.format, url).to.equal('bluesky');
    }
  });

  it('leaves other URLs alone', () => {
    for (const url of [
      'https://bsky.app/profile/cginisty.bsky.social/post/3lla7facets2c',
      'https://bsky.app/profile/',
      'https://bsky.app/profile/not%20a%20handle',
      'https://bsky.app/search?q=com',
      'https://mastodon.social/@cginisty',
      'https://staging.bsky.app/profile/cginisty.bsky.social',
      'https://blog.example/profile/cginisty.bsky.social',
    ]) {
      expect(source(url), url).to.equal(undefined);
    }
  });

  it('asks the public AppView for the profile and the latest posts without replies, pinned post included', async () => {
    const { urls, getJson } = fakeGetJson();
    await source('https://bsky.app/profile/cginisty.bsky.social/')!.load(getJson, 5);
    expect(urls).to.have.members([
      `${XRPC}/app.bsky.actor.getProfile?actor=cginisty.bsky.social`,
      `${XRPC}/app.bsky.feed.getAuthorFeed?actor=cginisty.bsky.social&limit=5&filter=posts_no_replies&includePins=true`,
    ]);
  });

  it('makes both calls at once', async () => {
    const urls: string[] = [];
    const pending: (() => void)[] = [];
    const getJson = (url: string) => {
      urls.push(url);
      return new Promise<unknown>((resolve) => pending.push(() => resolve(url.includes('getProfile') ? profile() : authorFeed())));
    };
    const loading = source('https://bsky.app/profile/cginisty.bsky.social')!.load(getJson, 5);
    expect(urls).to.have.length(2);
    pending.forEach((resolve) => resolve());
    expect((await loading).input).to.have.keys(['profile', 'feed']);
  });

  it('passes a DID as the actor, and asks for at least 1 and at most 100 posts', async () => {
    const { urls, getJson } = fakeGetJson();
    const did = source('https://bsky.app/profile/did:plc:k3a7vq2mhx5nrtw4yzu6pdbe')!;
    await did.load(getJson, 250);
    await did.load(getJson, 0);
    expect(urls.filter((url) => url.includes('getAuthorFeed'))).to.deep.equal([
      `${XRPC}/app.bsky.feed.getAuthorFeed?actor=did%3Aplc%3Ak3a7vq2mhx5nrtw4yzu6pdbe&limit=100&filter=posts_no_replies&includePins=true`,
      `${XRPC}/app.bsky.feed.getAuthorFeed?actor=did%3Aplc%3Ak3a7vq2mhx5nrtw4yzu6pdbe&limit=1&filter=posts_no_replies&includePins=true`,
    ]);
  });

  it('returns the profile and the feed items, which the Bluesky adapter reads', async () => {
    const { getJson } = fakeGetJson();
    const { input, next } = await source('https://bsky.app/profile/cginisty.bsky.social')!.load(getJson, 5);
    expect(input).to.deep.equal({ profile: profile(), feed: authorFeed().feed });
    // The older page: the same call from the cursor Bluesky gave.
    expect(next).to.equal(
      `${XRPC}/app.bsky.feed.getAuthorFeed?actor=cginisty.bsky.social&limit=5&filter=posts_no_replies&includePins=true&cursor=2025-03-21T09%3A30%3A00.644Z`,
    );
    const feed = adaptBluesky(input, { baseUrl: 'https://bsky.app/profile/cginisty.bsky.social', ...browserParsers });
    expect(feed.author.name).to.equal('Christophe Ginisty');
    expect(feed.posts).to.have.length(8);
  });

  for (const [what, output] of [
    ['no feed', { cursor: 'x' }],
    ['a feed that is not an array', { feed: {} }],
    ['no object at all', 'feed'],
  ] as const) {
    it(`fails with invalid-shape when getAuthorFeed returns ${what}`, async () => {
      const { getJson } = fakeGetJson({ getProfile: profile(), getAuthorFeed: output });
      const error = await source('https://bsky.app/profile/cginisty.bsky.social')!
        .load(getJson, 5)
        .then(() => undefined, (caught: unknown) => caught);
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).code).to.equal('invalid-shape');
    });
  }

  it('lets the errors of getJson through', async () => {
    const failure = new FeedError('http', 'HTTP 400', 400);
    const getJson = (url: string) => (url.includes('getProfile') ? Promise.reject(failure) : Promise.resolve(authorFeed()));
    const error = await source('https://bsky.app/profile/nobody.example')!.load(getJson, 5).catch((caught: unknown) => caught);
    expect(error).to.equal(failure);
  });
});
