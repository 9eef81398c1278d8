import { expect } from '@open-wc/testing';
import { browserParsers } from '../../../src/source/parsers.js';
import { detectFormat } from '../../../src/source/adapters/detect.js';
import { authorFeed } from '../../fixtures/bluesky/author-feed.js';
import { profile as blueskyProfile } from '../../fixtures/bluesky/profile.js';
import { jsonFeed10 } from '../../fixtures/jsonfeed/v1.js';
import { jsonFeed11 } from '../../fixtures/jsonfeed/v1-1.js';
import { profile as mastodonProfile, statuses } from '../../fixtures/mastodon/statuses.js';
import { nativeFeed } from '../../fixtures/native-feed.js';
import { atomFeed } from '../../fixtures/rss/atom.js';
import { blogRss } from '../../fixtures/rss/blog.js';
import { sitemapXml } from '../../fixtures/rss/invalid.js';
import { rdfFeed } from '../../fixtures/rss/rdf.js';
import { noTweets, userNotFound } from '../../fixtures/twitter/malformed.js';
import { referenceTimeline } from '../../fixtures/twitter/user-tweets.js';

const xml = (text: string) => browserParsers.parseXml(text);

describe('detectFormat', () => {
  const cases: [string, unknown, string | undefined][] = [
    ['a native feed', nativeFeed(), 'native'],
    ['RSS 2.0', xml(blogRss()), 'rss'],
    ['Atom', xml(atomFeed()), 'rss'],
    ['RSS 1.0', xml(rdfFeed()), 'rss'],
    ['JSON Feed 1.1', jsonFeed11(), 'jsonfeed'],
    ['JSON Feed 1.0', jsonFeed10(), 'jsonfeed'],
    // pxlnv.json (WordPress's JSON Feed plugin) and other spellings of the version URL seen in the wild
    ['JSON Feed 1.0 with its version over http, without a trailing slash', { version: 'http://jsonfeed.org/version/1', items: [] }, 'jsonfeed'],
    ['JSON Feed with a trailing slash, www. or capitals in its version', { version: 'https://www.JSONFeed.org/version/1.1/', items: [] }, 'jsonfeed'],
    // iconv.xml (UserLand's RSS 2.0 namespace), atom_0.3.xml (ROME's Atom 0.3 test feed)
    ['RSS 2.0 in a default namespace', xml('<rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel/></rss>'), 'rss'],
    ['Atom 0.3', xml('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title></feed>'), 'rss'],
    ['the Mastodon profile loader’s output', mastodonProfile(), 'mastodon'],
    ['a Mastodon statuses array', statuses(), 'mastodon'],
    ['a Bluesky author feed', authorFeed(), 'bluesky'],
    ['the Bluesky profile loader’s output', { profile: blueskyProfile(), feed: authorFeed().feed }, 'bluesky'],
    ['an X API v2 timeline', referenceTimeline(), 'twitter'],
    ['an empty X timeline', noTweets(), 'twitter'],
    ['an X API problem', userNotFound(), 'twitter'],
    ['a sitemap', xml(sitemapXml()), undefined],
    ['a version URL of another site', { version: 'https://example.org/jsonfeed.org/version/1', items: [] }, undefined],
    ['a feed root in another namespace', xml('<feed xmlns="urn:example:feed"><entry/></feed>'), undefined],
    ['an empty array', [], undefined],
    ['an empty Bluesky feed without profile', { feed: [] }, undefined],
    ['a JSON:API document', { data: [{ id: 1, type: 'post' }] }, undefined],
    // Valid JSON that `String()` cannot convert: read as no format, not as a TypeError.
    ['a feed whose DID and URIs are {"toString": 1}', { profile: { did: { toString: 1 } }, feed: [{ post: { uri: { toString: 1 } } }] }, undefined],
    ['a problem whose type is {"toString": 1}', { errors: [{ type: { toString: 1 } }] }, undefined],
    ['null', null, undefined],
    ['a number', 42, undefined],
    ['a string', 'feed', undefined],
  ];
  for (const [what, input, format] of cases) {
    it(`reads ${what} as ${format ?? 'no format'}`, () => {
      expect(detectFormat(input)).to.equal(format);
    });
  }
});
