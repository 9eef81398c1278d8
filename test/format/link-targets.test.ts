import { expect } from '@open-wc/testing';
import { linkTargets } from '../../src/format/link-targets.js';

describe('linkTargets', () => {
  it('links a Twitter author to x.com profiles and hashtags', () => {
    const targets = linkTargets('https://twitter.com/cginisty');
    expect(targets.mention('NatachaQS')).to.equal('https://x.com/NatachaQS');
    expect(targets.hashtag('Fillon')).to.equal('https://x.com/hashtag/Fillon');
  });

  it('treats x.com, www. and mobile. hosts as X too', () => {
    for (const url of ['https://x.com/cginisty', 'https://www.twitter.com/cginisty', 'https://mobile.twitter.com/a']) {
      expect(linkTargets(url).mention('LeParisienMonde'), url).to.equal('https://x.com/LeParisienMonde');
    }
  });

  it('links a Bluesky author to bsky.app profiles and hashtags', () => {
    const targets = linkTargets('https://bsky.app/profile/cginisty.bsky.social');
    expect(targets.mention('jay.bsky.team')).to.equal('https://bsky.app/profile/jay.bsky.team');
    expect(targets.hashtag('écoute')).to.equal('https://bsky.app/hashtag/%C3%A9coute');
  });

  it("links a Mastodon author to their own instance's profiles and tags", () => {
    const targets = linkTargets('https://mastodon.social/@cginisty');
    expect(targets.mention('Gargron')).to.equal('https://mastodon.social/@Gargron');
    expect(targets.hashtag('quandonaimeonnecomptepas')).to.equal(
      'https://mastodon.social/tags/quandonaimeonnecomptepas',
    );
  });

  it('keeps the @ of a remote Mastodon handle readable', () => {
    const targets = linkTargets('https://piaille.fr/@cginisty/');
    expect(targets.mention('natacha@mastodon.social')).to.equal('https://piaille.fr/@natacha@mastodon.social');
  });

  it('encodes whatever else could escape the path segment', () => {
    const mastodon = linkTargets('https://mastodon.social/@cginisty');
    expect(mastodon.mention('a/../b?c#d')).to.equal('https://mastodon.social/@a%2F..%2Fb%3Fc%23d');
    expect(mastodon.hashtag('a b/c')).to.equal('https://mastodon.social/tags/a%20b%2Fc');
    expect(linkTargets('https://x.com/a').hashtag('?x=1')).to.equal('https://x.com/hashtag/%3Fx%3D1');
  });

  it('has no targets for unknown, missing or unsafe profile URLs', () => {
    for (const url of [
      undefined,
      '',
      'https://www.communication-blog.fr/cginisty',
      'https://mastodon.social/@cginisty/110123456',
      'https://example.com/users/cginisty',
      '/@relative',
      'mailto:cginisty@example.fr',
      'javascript:alert(1)//x.com',
    ]) {
      const targets = linkTargets(url);
      expect(targets.mention('NatachaQS'), url).to.equal(undefined);
      expect(targets.hashtag('Fillon'), url).to.equal(undefined);
    }
  });
});
