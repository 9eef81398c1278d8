// The one table of networks: every other module recognizes profiles, handles, API paths and sites through it.
import { expect } from '@open-wc/testing';
import { DID, firstCalls, formatOfPath, handlePage, linkBases, profileOf, siteNetwork } from '../src/networks.js';

describe('profileOf', () => {
  it('reads Mastodon-style and bsky.app profile pages', () => {
    expect(profileOf(new URL('https://mastodon.social/@Gargron'))).to.deep.equal({ network: 'mastodon', origin: 'https://mastodon.social', user: 'Gargron' });
    expect(profileOf(new URL('https://social.example/@camille@piaille.example/'))).to.deep.equal({
      network: 'mastodon',
      origin: 'https://social.example',
      user: 'camille@piaille.example',
    });
    expect(profileOf(new URL('https://bsky.app/profile/did:plc:k3a7vq2mhx5nrtw4yzu6pdbe'))).to.deep.equal({ network: 'bluesky', actor: 'did:plc:k3a7vq2mhx5nrtw4yzu6pdbe' });
  });

  it('takes a feed file under /@user for a feed, not a profile', () => {
    for (const url of ['https://social.example/@camille.rss', 'https://social.example/@camille.atom', 'https://blog.example/@news.xml']) {
      expect(profileOf(new URL(url)), url).to.equal(undefined);
    }
  });
});

describe('handlePage', () => {
  it('turns handles into profile pages, and leaves anything else', () => {
    expect(handlePage('@Gargron@mastodon.social')).to.equal('https://mastodon.social/@Gargron');
    expect(handlePage('@Name.bsky.social')).to.equal('https://bsky.app/profile/name.bsky.social');
    for (const src of ['@Gargron', '/feed.json', 'Gargron@mastodon.social', '@a@b']) expect(handlePage(src), src).to.equal(undefined);
  });
});

describe('firstCalls', () => {
  it('names the calls that start a profile: the Mastodon lookup, Bluesky’s profile and author feed', () => {
    expect(firstCalls({ network: 'mastodon', origin: 'https://social.example', user: 'camille' }, 20)).to.deep.equal([
      'https://social.example/api/v1/accounts/lookup?acct=camille',
    ]);
    expect(firstCalls({ network: 'bluesky', actor: 'a.bsky.social' }, 500)).to.deep.equal([
      'https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=a.bsky.social',
      'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=a.bsky.social&limit=100&filter=posts_no_replies&includePins=true',
    ]);
  });
});

describe('linkBases and siteNetwork', () => {
  it('links mentions and tags to the profile’s network', () => {
    expect(linkBases(new URL('https://x.com/cginisty'))).to.deep.equal({ mention: 'https://x.com/', hashtag: 'https://x.com/hashtag/' });
    expect(linkBases(new URL('https://social.example/@sam'))).to.deep.equal({ mention: 'https://social.example/@', hashtag: 'https://social.example/tags/' });
    expect(linkBases(new URL('https://blog.example/about'))).to.deep.equal({});
  });

  it('knows sites by domain, subdomains included', () => {
    expect(siteNetwork('github.com')).to.equal('github');
    expect(siteNetwork('www.linkedin.com')).to.equal('linkedin');
    expect(siteNetwork('blog.example')).to.equal('website');
    expect(DID.test('did:plc:k3a7vq2mhx5nrtw4yzu6pdbe')).to.equal(true);
  });
});

describe('formatOfPath', () => {
  const cases: [string, string | undefined][] = [
    ['https://mastodon.social/api/v1/accounts/109/statuses?limit=40', 'mastodon'],
    ['https://fosstodon.org/api/v1/timelines/tag/webdev', 'mastodon'],
    ['https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=a.bsky.social', 'bluesky'],
    ['https://blog.example/feed.xml', 'rss'],
    ['https://blog.example/index.RSS', 'rss'],
    ['https://blog.example/atom.xml', 'rss'],
    ['https://blog.example/feed/', 'rss'],
    ['https://blog.example/feed.json', undefined],
    ['https://blog.example/social.json', undefined],
    ['https://blog.example/feeds/about', undefined],
  ];
  for (const [url, format] of cases) {
    it(`expects ${format ?? 'nothing in particular'} from ${url}`, () => {
      expect(formatOfPath(new URL(url))).to.equal(format);
    });
  }
});
