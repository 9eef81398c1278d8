import { expect } from '@open-wc/testing';
import { feedAddress, profilePage, tryFeedAddress } from '../../src/address/address.js';
import { FeedError } from '../../src/errors.js';

const PAGE = 'https://blog.example/posts/today.html';

describe('feedAddress', () => {
  it('resolves URLs against the page, as before', () => {
    expect(feedAddress('/feed.json', PAGE)).to.equal('https://blog.example/feed.json');
    expect(feedAddress('feed.xml', PAGE)).to.equal('https://blog.example/posts/feed.xml');
    expect(feedAddress('https://mastodon.social/@Gargron', PAGE)).to.equal('https://mastodon.social/@Gargron');
  });

  it('turns a fediverse handle into its Mastodon profile page', () => {
    expect(feedAddress('@Gargron@mastodon.social', PAGE)).to.equal('https://mastodon.social/@Gargron');
    expect(feedAddress('@sam_r@Social.Example.org', PAGE)).to.equal('https://social.example.org/@sam_r');
  });

  it('turns a Bluesky handle (one @, a domain) into its bsky.app profile page', () => {
    expect(feedAddress('@bsky.app', PAGE)).to.equal('https://bsky.app/profile/bsky.app');
    expect(feedAddress('@name.bsky.social', PAGE)).to.equal('https://bsky.app/profile/name.bsky.social');
    expect(feedAddress('@Example.com', PAGE)).to.equal('https://bsky.app/profile/example.com');
  });

  it('refuses what is neither a URL nor a handle', () => {
    for (const src of ['@Gargron', '@', '@user@', '@a@b', 'javascript:alert(1)', 'data:application/json,{}', 'ftp://x.example/f', 'http://[::1', '/\tevil.example/feed']) {
      expect(() => feedAddress(src, PAGE), src).to.throw(FeedError).with.property('code', 'invalid-address');
      expect(tryFeedAddress(src, PAGE), src).to.equal(undefined);
    }
  });
});

describe('profilePage', () => {
  it('is the profile page of a handle or a profile URL, and nothing for a feed', () => {
    expect(profilePage('@Gargron@mastodon.social', PAGE)?.href).to.equal('https://mastodon.social/@Gargron');
    expect(profilePage('https://bsky.app/profile/bsky.app', PAGE)?.href).to.equal('https://bsky.app/profile/bsky.app');
    expect(profilePage('/feed.json', PAGE)).to.equal(undefined);
    expect(profilePage('https://mastodon.social/api/v1/accounts/1/statuses', PAGE)).to.equal(undefined);
  });
});
