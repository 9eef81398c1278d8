// Where each adapter says the next, older page is (`Feed.next`, which "Show more" loads): only from an API page of the
// network's own shape, or a JSON Feed's `next_url` or a paged feed's `rel="next"` link on the feed's origin; never
// from a field a feed could aim elsewhere.
import { expect } from '@open-wc/testing';
import { adaptBluesky } from '../../../src/source/adapters/bluesky.js';
import { adaptJsonFeed } from '../../../src/source/adapters/jsonfeed.js';
import { adaptMastodon } from '../../../src/source/adapters/mastodon.js';
import { adaptRss } from '../../../src/source/adapters/rss.js';
import { boundFeed } from '../../../src/source/adapters/bounds.js';
import { browserParsers } from '../../../src/source/parsers.js';
import { authorFeed } from '../../fixtures/bluesky/author-feed.js';
import { status } from '../../fixtures/mastodon/statuses.js';

const context = (baseUrl: string) => ({ baseUrl, ...browserParsers });
const STATUSES = 'https://social.example/api/v1/accounts/42/statuses';
const page = (size: number) => Array.from({ length: size }, (_, i) => status(`${900 - i}`, '2024-05-01T12:00:00Z', `<p>${i}</p>`));

describe('the next, older page', () => {
  it('Mastodon: below the last status of a full page of an account’s statuses, the query kept', () => {
    const next = adaptMastodon(page(20), context(`${STATUSES}?limit=20&exclude_replies=true`)).next;
    expect(next).to.equal(`${STATUSES}?limit=20&exclude_replies=true&max_id=881`);
    // Mastodon's default page is 20 statuses.
    expect(adaptMastodon(page(20), context(STATUSES)).next).to.equal(`${STATUSES}?max_id=881`);
  });

  it('Mastodon: none after a short page, another API path, or a last id that is not one', () => {
    expect(adaptMastodon(page(19), context(`${STATUSES}?limit=20`)).next).to.equal(undefined);
    expect(adaptMastodon(page(20), context('https://social.example/api/v1/timelines/public?limit=20')).next).to.equal(undefined);
    const hostile = [...page(19), status('../../admin?x=', '2024-05-01T12:00:00Z', '<p>x</p>')];
    expect(adaptMastodon(hostile, context(`${STATUSES}?limit=20`)).next).to.equal(undefined);
  });

  it('Bluesky: the same getAuthorFeed call from the cursor of a bare page; none without a cursor or elsewhere', () => {
    const call = 'https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=a.example&limit=20';
    const output = authorFeed();
    expect(adaptBluesky(output, context(call)).next).to.equal(`${call}&cursor=${encodeURIComponent(output.cursor)}`);
    expect(adaptBluesky({ feed: output.feed }, context(call)).next).to.equal(undefined);
    expect(adaptBluesky(output, context('https://blog.example/skeets.json')).next).to.equal(undefined);
  });

  it('JSON Feed: next_url resolved against the feed, on its origin only, and not the feed itself', () => {
    const feed = (next_url: unknown) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Blog', items: [], next_url });
    const read = (next: unknown) => adaptJsonFeed(feed(next), context('https://blog.example/feed.json')).next;
    expect(read('feed.json?page=2')).to.equal('https://blog.example/feed.json?page=2');
    expect(read('https://blog.example/page/2.json')).to.equal('https://blog.example/page/2.json');
    for (const next of ['https://tracker.example/next.json', 'javascript:alert(1)', '/feed.json', 42, '']) {
      expect(read(next), String(next)).to.equal(undefined);
    }
  });

  it('Atom and RSS: a paged feed’s rel="next" link (RFC 5005), on the feed’s origin only', () => {
    // The example of a paged feed in RFC 5005, section 3 (IETF; the RFC's text and examples are freely reproducible).
    const rfc5005 = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
 <title>Example Feed</title>
 <link href="http://example.org/"/>
 <link rel="self" href="http://example.org/index.atom"/>
 <link rel="next" href="http://example.org/index.atom?page=2"/>
 <updated>2003-12-13T18:30:02Z</updated>
 <author>
   <name>John Doe</name>
 </author>
 <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
 <entry>
   <title>Atom-Powered Robots Run Amok</title>
   <link href="http://example.org/2003/12/13/atom03"/>
   <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
   <updated>2003-12-13T18:30:02Z</updated>
   <summary>Some text.</summary>
 </entry>
</feed>`;
    const atom = (xml: string, baseUrl = 'http://example.org/index.atom') => adaptRss(browserParsers.parseXml(xml), context(baseUrl)).next;
    expect(atom(rfc5005)).to.equal('http://example.org/index.atom?page=2');
    // Fetched from another origin than its next page's, or without a next link, the feed has no older page.
    expect(atom(rfc5005, 'https://mirror.example/index.atom')).to.equal(undefined);
    expect(atom(rfc5005.replace('rel="next"', 'rel="previous"'))).to.equal(undefined);
    const rss = (link: string) =>
      adaptRss(
        browserParsers.parseXml(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Blog</title>
          <atom:link rel="self" href="https://blog.example/feed/"/>${link}<item><title>One</title></item></channel></rss>`),
        context('https://blog.example/feed/'),
      ).next;
    expect(rss('<atom:link rel="next" href="/feed/?paged=2"/>')).to.equal('https://blog.example/feed/?paged=2');
    for (const href of ['https://tracker.example/feed/?paged=2', 'javascript:alert(1)', '/feed/']) {
      expect(rss(`<atom:link rel="next" href="${href}"/>`), href).to.equal(undefined);
    }
    // RSS's own <link> is the site, never a page of the feed.
    expect(rss('<link rel="next">https://blog.example/feed/?paged=2</link>')).to.equal(undefined);
  });

  it('stays within the bounds every feed passes, and goes when it is too long', () => {
    const feed = { author: { name: 'A' }, links: [], posts: [] };
    expect(boundFeed({ ...feed, next: 'https://a.example/next' }).next).to.equal('https://a.example/next');
    expect(boundFeed({ ...feed, next: `https://a.example/${'x'.repeat(3000)}` }).next).to.equal(undefined);
  });
});
