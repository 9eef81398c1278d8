import { expect } from '@open-wc/testing';
import { browserParsers } from '../../../src/source/parsers.js';
import { detectRss } from '../../../src/source/adapters/detect.js';
import { adaptRss } from '../../../src/source/adapters/rss.js';
import { asDuration } from '../../../src/source/adapters/rss-media.js';
import { shapeError } from '../../helpers/feed-error.js';
import type { Feed } from '../../../src/types.js';
import { atomFeed } from '../../fixtures/rss/atom.js';
import { blogRss } from '../../fixtures/rss/blog.js';
import { blueskyRss } from '../../fixtures/rss/bluesky.js';
import { malformedRss, sitemapXml } from '../../fixtures/rss/invalid.js';
import { mastodonRss } from '../../fixtures/rss/mastodon.js';
import { podcastRss, videoAtom, videoRss } from '../../fixtures/rss/media.js';
import { rdfFeed } from '../../fixtures/rss/rdf.js';

const BLOG = 'https://blog.example/feed/';
const xml = (source: string) => browserParsers.parseXml(source);
const read = (source: string, baseUrl = BLOG): Feed => adaptRss(xml(source), { baseUrl, ...browserParsers });
const rss = (items: string, channel = '<title>T</title><link>https://blog.example/</link>') =>
  `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>${channel}${items}</channel></rss>`;

describe('RSS and Atom adapter', () => {
  describe('detectRss', () => {
    it('recognizes RSS 2.0, Atom and RSS 1.0 documents', () => {
      for (const feed of [blogRss(), mastodonRss(), atomFeed(), rdfFeed()]) expect(detectRss(xml(feed))).to.equal(true);
    });

    it('does not claim other XML, an Atom-named root outside the Atom namespace, or JSON', () => {
      expect(detectRss(xml(sitemapXml()))).to.equal(false);
      expect(detectRss(xml('<feed><entry/></feed>'))).to.equal(false);
      for (const json of [null, 'rss', { documentElement: { localName: 'rss' } }, { version: 'https://jsonfeed.org/version/1.1' }]) {
        expect(detectRss(json)).to.equal(false);
      }
    });
  });

  describe('an RSS 2.0 blog feed', () => {
    it('takes the author from the channel: title, link, image, and the description as rich text', () => {
      const { author } = read(blogRss());
      expect(author.name).to.equal('Christophe Ginisty');
      expect(author.url).to.equal('https://blog.example/');
      expect(author.avatar).to.equal('https://blog.example/wp-content/uploads/avatar-150x150.jpg');
      expect(author.bio).to.equal('Professionnel de la communication, optimiste exigeant et idéaliste compulsif. À propos');
      expect(author.bioContent?.at(-1)).to.deep.equal({ kind: 'url', text: 'À propos', href: 'https://blog.example/a-propos/' });
    });

    it('links to the site, labelled with its host, and to the feed itself', () => {
      expect(read(blogRss()).links).to.deep.equal([
        { network: 'website', label: 'blog.example', url: 'https://blog.example/' },
        { network: 'rss', label: 'RSS', url: BLOG },
      ]);
    });

    it('keeps items newest first, with their guid, link and the channel language; one with an unreadable date undated, at its place', () => {
      const { posts } = read(blogRss());
      expect(posts.map((post) => post.id)).to.deep.equal([
        'https://blog.example/?p=1042',
        'https://blog.example/?p=1041',
        'https://blog.example/?p=1040',
        'https://blog.example/?p=1039',
      ]);
      // "hier soir" is no date: the item stays, with no time rather than a made-up one.
      expect(posts[3].published).to.equal(undefined);
      expect(posts[3].text).to.equal('Brouillon publié par erreur');
      expect(posts[0].url).to.equal('https://blog.example/2017/03/26/reseaux-confiance/');
      expect(posts[0].published?.toISOString()).to.equal('2017-03-26T16:09:00.000Z');
      expect(posts[1].published?.toISOString()).to.equal('2017-03-25T18:26:00.000Z');
      expect(posts[2].published?.toISOString()).to.equal('2017-03-24T08:00:00.000Z');
      expect(posts.map((post) => post.lang)).to.deep.equal(['fr-FR', 'fr-FR', 'fr-FR', 'fr-FR']);
    });

    it('shows the title followed by a short description, with the description’s links', () => {
      const [post] = read(blogRss()).posts;
      expect(post.text).to.equal('Les réseaux sociaux & la confiance\n\nPourquoi la confiance se gagne en ligne.');
      expect(post.content).to.deep.include({ kind: 'url', text: 'confiance', href: 'https://blog.example/tag/confiance/' });
    });

    it('shows only the title when the description is longer than a post, and never the article', () => {
      const post = read(blogRss()).posts[1];
      expect(post.text).to.equal('Idéaliste compulsif');
      expect(post.content).to.equal(undefined);
    });

    it('reads a plain-text description as plain text, for the widget to tokenize', () => {
      const post = read(blogRss()).posts[2];
      expect(post.text).to.equal('Épisode 12 : la parole publique\n\nLe podcast du mois.');
      expect(post.content).to.equal(undefined);
    });

    it('shows image enclosures and Media RSS images with their alt text and size, not the thumbnails of images', () => {
      const { posts } = read(blogRss());
      expect(posts[0].media).to.deep.equal([
        { url: 'https://blog.example/wp-content/uploads/2017/03/confiance.jpg', alt: 'Les réseaux sociaux & la confiance' },
        { url: 'https://blog.example/wp-content/uploads/2017/03/reseau.png', alt: 'Un réseau de personnes reliées', width: 1200, height: 675 },
      ]);
      expect(posts[1].media.map((media) => media.url)).to.deep.equal(['https://blog.example/wp-content/uploads/2017/03/ideal.jpg']);
      expect(posts[2].media).to.deep.equal([{ url: 'https://blog.example/podcast/12.mp3', alt: 'Épisode 12 : la parole publique', kind: 'audio' }]);
    });
  });

  describe('microblog RSS without titles', () => {
    it('shows Mastodon statuses as rich text, with their hashtags', () => {
      const [post] = read(mastodonRss(), 'https://mastodon.social/@cginisty.rss').posts;
      expect(post.id).to.equal('https://mastodon.social/@cginisty/110000000000000003');
      expect(post.url).to.equal('https://mastodon.social/@cginisty/110000000000000003');
      expect(post.text).to.equal('Sur les réseaux, la confiance se gagne. #com');
      expect(post.content?.at(-1)).to.deep.equal({ kind: 'hashtag', text: '#com', tag: 'com', href: 'https://mastodon.social/tags/com' });
    });

    it('shows an untitled item’s whole description, however long', () => {
      const post = read(mastodonRss(), 'https://mastodon.social/@cginisty.rss').posts[1];
      expect(post.text.length).to.be.greaterThan(280);
      expect(post.text).to.match(/^Un long fil/);
    });

    it('takes the alt text from media:description, Mastodon’s silent MP4 "images" as GIFs, and a video’s thumbnail as its still', () => {
      const { posts } = read(mastodonRss(), 'https://mastodon.social/@cginisty.rss');
      const files = 'https://files.mastodon.social/media_attachments/files/110/000';
      expect(posts[0].media).to.deep.equal([
        { url: `${files}/001/original/graph.jpg`, alt: 'Un graphique de la confiance en ligne' },
        { url: `${files}/002/original/loop.mp4`, alt: '', kind: 'gifv' },
      ]);
      expect(posts[0].sensitive, 'rated nonadult').to.equal(undefined);
      expect(posts[2].text).to.equal('');
      expect(posts[2].media).to.deep.equal([
        { url: `${files}/003/original/talk.mp4`, alt: 'Ma conférence à Lyon', kind: 'video', preview: `${files}/003/original/talk.png` },
      ]);
    });

    it('takes Mastodon’s channel as the author, its plain description as the bio', () => {
      const { author } = read(mastodonRss(), 'https://mastodon.social/@cginisty.rss');
      expect(author).to.deep.equal({
        name: 'Christophe Ginisty',
        url: 'https://mastodon.social/@cginisty',
        avatar: 'https://files.mastodon.social/accounts/avatars/000/000/042/original/avatar.png',
        bio: 'Public posts from @cginisty@mastodon.social',
        bioContent: undefined,
      });
    });

    it('keeps the line breaks and "<" of Bluesky’s plain-text posts, and reads its dates without weekday or seconds', () => {
      const feed = read(blueskyRss(), 'https://bsky.app/profile/cginisty.bsky.social/rss');
      expect(feed.author.bio).to.equal('Communication & confiance. Idéaliste compulsif.');
      expect(feed.posts[0]).to.deep.include({
        id: 'at://did:plc:mtxycyvfj7hpfhzakyv2pq6d/app.bsky.feed.post/3mcfiov2e7k2r',
        url: 'https://bsky.app/profile/cginisty.bsky.social/post/3mcfiov2e7k2r',
        text: 'Parks & trails <3\n\nhttps://example.org/trails',
      });
      expect(feed.posts[0].content).to.equal(undefined);
      expect(feed.posts[0].published?.toISOString()).to.equal('2026-01-14T16:33:00.000Z');
      expect(feed.posts[1].published?.toISOString()).to.equal('2026-01-08T08:00:00.000Z');
    });
  });

  describe('an Atom feed', () => {
    const read = (source = atomFeed()) => adaptRss(xml(source), { baseUrl: 'https://example.org/feeds/atom.xml', ...browserParsers });

    it('takes the author from the feed: author name, subtitle with links, alternate link and icon, all resolved against xml:base', () => {
      const { author, links } = read();
      expect(author.name).to.equal('Mark Pilgrim');
      expect(author.url).to.equal('https://example.org/blog/');
      expect(author.avatar).to.equal('https://example.org/favicon.png');
      expect(author.bio).to.equal('A weblog about feeds and the open web');
      expect(author.bioContent).to.deep.include({ kind: 'url', text: 'feeds', href: 'https://example.org/blog/tags/atom' });
      expect(links).to.deep.equal([
        { network: 'website', label: 'example.org', url: 'https://example.org/blog/' },
        { network: 'rss', label: 'RSS', url: 'https://example.org/feeds/atom.xml' },
      ]);
    });

    it('resolves entry links against the entry’s own xml:base', () => {
      const [post] = read().posts;
      expect(post.url).to.equal('https://example.org/blog/2017/atom-draft');
      expect(post.content).to.deep.include({ kind: 'url', text: 'the notes', href: 'https://example.org/blog/2017/notes' });
      expect(post.media).to.deep.equal([
        { url: 'https://example.org/images/snapshot.png', alt: 'Atom draft-07 snapshot' },
        { url: 'https://example.org/audio/ph34r_my_podcast.mp3', alt: 'Atom draft-07 snapshot', kind: 'audio' },
      ]);
    });

    it('reads an XHTML summary as rich text under the title', () => {
      expect(read().posts[0].text).to.equal('Atom draft-07 snapshot\n\n[Update: the draft is final.] Read the notes.');
    });

    it('dates entries by published, else updated, and keeps the xml:lang in effect', () => {
      const { posts } = read();
      expect(posts.map((post) => post.published?.toISOString())).to.deep.equal([
        '2017-03-26T16:00:00.000Z',
        '2017-03-25T18:26:00.000Z',
        '2017-03-24T10:00:00.000Z',
      ]);
      expect(posts.map((post) => post.lang)).to.deep.equal(['en', 'fr', 'en']);
      expect(posts.map((post) => post.id)).to.deep.equal(['tag:example.org,2003:3.2397', 'tag:example.org,2003:3.2398', 'tag:example.org,2003:3.2399']);
    });

    it('shows only the title of an entry whose content is an article', () => {
      const post = read().posts[1];
      expect(post).to.deep.include({ text: 'Deuxième billet', url: 'https://example.org/blog/deuxieme' });
      expect(post.content).to.equal(undefined);
    });

    it('keeps a plain-text summary as plain text and prefers the alternate link to others', () => {
      const post = read().posts[2];
      expect(post).to.deep.include({ text: 'Plain note\n\nTwo lines:\nhttps://example.org and #atom', url: 'https://example.org/notes/3' });
      expect(post.content).to.equal(undefined);
    });

    it('names the author by the feed’s HTML title, read as text, when the feed names no author', () => {
      const feed = atomFeed().replace(/<author>.*<\/author>/, '');
      expect(read(feed).author.name).to.equal('Mark & friends');
    });

    it('names the author from author/name when the feed has no title', () => {
      const feed = read(
        '<feed xmlns="http://www.w3.org/2005/Atom"><author><name>Mark Pilgrim</name></author><link rel="alternate" href="https://example.org/"/><logo>/logo.png</logo></feed>',
      );
      expect(feed.author).to.deep.include({ name: 'Mark Pilgrim', avatar: 'https://example.org/logo.png' });
    });
  });

  describe('an RSS 1.0 (RDF) feed', () => {
    it('reads the channel, the image and the items beside it, dated by dc:date', () => {
      const feed = read(rdfFeed(), 'http://xml.com/xml/news.rss');
      expect(feed.author).to.deep.include({ name: 'XML.com', url: 'http://xml.com/pub', avatar: 'http://xml.com/universal/images/xml_tiny.gif' });
      expect(feed.author.bio).to.equal('XML.com features a rich mix of information and services for the XML community.');
      expect(feed.posts.map((post) => post.id)).to.deep.equal([
        'http://xml.com/pub/2000/08/09/xslt/xslt.html',
        'http://xml.com/pub/2000/08/09/rdfdb/index.html',
      ]);
      expect(feed.posts[0]).to.deep.include({
        text: 'Processing Inclusions with XSLT\n\nProcessing document inclusions with general XML tools can be problematic.',
        url: 'http://xml.com/pub/2000/08/09/xslt/xslt.html',
        lang: 'en-us',
      });
      expect(feed.posts[0].published?.toISOString()).to.equal('2000-08-09T09:00:00.000Z');
    });
  });

  describe('dates', () => {
    const dated = (pubDate: string) => read(rss(`<item><title>x</title><pubDate>${pubDate}</pubDate></item>`)).posts;

    it('reads RFC 822 dates with a numeric or named zone, and ISO dates some feeds put in pubDate', () => {
      expect(dated('Sun, 26 Mar 2017 18:09:00 +0200')[0].published?.toISOString()).to.equal('2017-03-26T16:09:00.000Z');
      expect(dated('Sun, 26 Mar 2017 18:09:00 EST')[0].published?.toISOString()).to.equal('2017-03-26T23:09:00.000Z');
      expect(dated('2017-03-26T18:09:00+02:00')[0].published?.toISOString()).to.equal('2017-03-26T16:09:00.000Z');
    });

    it('keeps items whose date is not a date, though Date would guess one, undated (issue #14)', () => {
      for (const value of ['2020/1/10 14:33:00', 'Sun, 26 Mar 2017 18:09:00 tomorrow', 'tomorrow 12', '']) {
        const posts = dated(value);
        expect(posts, value).to.have.length(1);
        expect(posts[0].published, value).to.equal(undefined);
      }
      // No date element at all: RSS 2.0 makes every one optional.
      const [undated] = read(rss('<item><title>Sans date</title><link>https://blog.example/1</link></item>')).posts;
      expect(undated).to.deep.include({ id: 'https://blog.example/1', text: 'Sans date', published: undefined });
    });
  });

  describe('hostile or odd items', () => {
    it('skips items with nothing to show, and an item that repeats an earlier one exactly', () => {
      const item = '<item><guid>a</guid><title>first</title><pubDate>Sun, 26 Mar 2017 18:09:00 +0200</pubDate></item>';
      const { posts } = read(rss(`<item><pubDate>Sun, 26 Mar 2017 18:09:00 +0200</pubDate></item>${item}${item}`));
      expect(posts.map((post) => [post.id, post.text])).to.deep.equal([['a', 'first']]);
    });

    it('shows one image once, however many elements name it, and ignores sizes that are not positive numbers', () => {
      const [post] = read(
        rss(`<item><title>x</title><pubDate>Sun, 26 Mar 2017 18:09:00 +0200</pubDate>
          <enclosure url="/a.jpg" type="image/jpeg"/>
          <media:group><media:content url="https://blog.example/a.jpg" type="image/jpeg" width="-1" height="wide"/></media:group></item>`),
      ).posts;
      expect(post.media).to.deep.equal([{ url: 'https://blog.example/a.jpg', alt: 'x' }]);
    });

    it('falls back to the iTunes image for the avatar, and to the site’s host for a missing title', () => {
      const { author } = read(rss('', '<link>https://podcast.example/</link><itunes:image href="https://podcast.example/cover.jpg"/>'));
      expect(author).to.deep.include({ name: 'podcast.example', avatar: 'https://podcast.example/cover.jpg' });
    });

    it('does not take prefixed elements for the ones it reads', () => {
      const { posts } = read(
        rss(`<item xmlns:x="urn:x"><x:title>not the title</x:title><title>the title</title><x:link>https://evil.example/</x:link>
          <pubDate>Sun, 26 Mar 2017 18:09:00 +0200</pubDate></item>`),
      );
      expect(posts[0]).to.deep.include({ text: 'the title', url: undefined });
    });
  });

  describe('feeds as publishers write them (issue #14)', () => {
    it('reads RSS 2.0 in UserLand’s default namespace (iconv.xml)', () => {
      const feed = read(
        `<rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><title>Новости</title><link>https://news.example/</link>
          <item><title>Первая</title><link>https://news.example/1</link><pubDate>Mon, 06 Jul 2009 10:00:00 +0400</pubDate></item></channel></rss>`,
      );
      expect(feed.author).to.deep.include({ name: 'Новости', url: 'https://news.example/' });
      expect(feed.posts.map((post) => [post.text, post.url, post.published?.toISOString()])).to.deep.equal([
        ['Первая', 'https://news.example/1', '2009-07-06T06:00:00.000Z'],
      ]);
    });

    it('reads Atom 0.3: its author, tagline, alternate links, issued dates, and escaped or inline content (atom_0.3.xml, Blogger)', () => {
      const feed = read(
        `<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en">
          <title>Old Blogger blog</title><tagline>Notes since 2004</tagline>
          <link rel="alternate" type="text/html" href="https://old.example/"/>
          <author><name>Jane Doe</name></author><modified>2004-06-01T12:00:00Z</modified>
          <entry><title mode="escaped" type="text/html">Caf&amp;eacute; &amp;lt;b&amp;gt;opening&amp;lt;/b&amp;gt;</title>
            <link rel="alternate" type="text/html" href="/2004/06/cafe.html"/><id>tag:old.example,2004:1</id>
            <issued>2004-06-01T14:00:00+02:00</issued><modified>2004-06-02T08:00:00Z</modified>
            <summary type="text/html" mode="escaped">&lt;p&gt;Open &lt;a href="/menu"&gt;daily&lt;/a&gt;.&lt;/p&gt;</summary></entry>
          <entry><title>Inline</title><link rel="alternate" href="https://old.example/2004/05/inline.html"/><id>tag:old.example,2004:0</id>
            <modified>2004-05-01T10:00:00Z</modified><created>2004-04-30T10:00:00Z</created>
            <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>inline</b> note.</div></content></entry>
          <entry><title>Encoded</title><id>tag:old.example,2004:b</id><issued>2004-04-01T10:00:00Z</issued>
            <content type="text/plain" mode="base64">w4AgYmFzZSA2NA==</content></entry>
        </feed>`,
        'https://old.example/atom.xml',
      );
      expect(feed.author).to.deep.include({ name: 'Jane Doe', url: 'https://old.example/', bio: 'Notes since 2004' });
      expect(feed.posts.map((post) => [post.id, post.text, post.url, post.published?.toISOString()])).to.deep.equal([
        ['tag:old.example,2004:1', 'Café opening\n\nOpen daily.', 'https://old.example/2004/06/cafe.html', '2004-06-01T12:00:00.000Z'],
        ['tag:old.example,2004:0', 'Inline\n\nAn inline note.', 'https://old.example/2004/05/inline.html', '2004-05-01T10:00:00.000Z'],
        ['tag:old.example,2004:b', 'Encoded\n\nÀ base 64', undefined, '2004-04-01T10:00:00.000Z'],
      ]);
      expect(feed.posts[0].content).to.deep.include({ kind: 'url', text: 'daily', href: 'https://old.example/menu' });
    });

    it('names an Atom feed’s author by its author/name, not the blog’s title (heise.atom, neverworkintheory.atom)', () => {
      const feed = read(
        `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>It Will Never Work in Theory</a:title>
          <a:author><a:name>Greg Wilson</a:name></a:author><a:link href="https://neverworkintheory.org/"/></a:feed>`,
      );
      expect(feed.author.name).to.equal('Greg Wilson');
      // google_alerts_atom.xml: an empty name is no name
      expect(read('<feed xmlns="http://www.w3.org/2005/Atom"><title>Google Alert - Slack</title><author><name></name></author></feed>').author.name).to.equal(
        'Google Alert - Slack',
      );
    });

    it('takes an RSS item’s guid as its permalink when it has no link and the guid is one (rss2sample.xml)', () => {
      const { posts } = read(
        rss(`<item><description>Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a partial eclipse.</description>
            <pubDate>Fri, 30 May 2003 11:06:42 GMT</pubDate><guid>http://liftoff.msfc.nasa.gov/2003/05/30.html#item572</guid></item>
          <item><title>Explicit</title><pubDate>Thu, 29 May 2003 11:06:42 GMT</pubDate><guid isPermaLink="true">/2003/05/29.html</guid></item>
          <item><title>Not a link</title><pubDate>Wed, 28 May 2003 11:06:42 GMT</pubDate><guid isPermaLink="false">https://liftoff.example/item/570</guid></item>
          <item><title>An identifier</title><pubDate>Tue, 27 May 2003 11:06:42 GMT</pubDate><guid>urn:uuid:569</guid></item>
          <item><title>Both</title><link>https://blog.example/both</link><pubDate>Mon, 26 May 2003 11:06:42 GMT</pubDate><guid>https://blog.example/?p=568</guid></item>`),
      );
      expect(posts.map((post) => post.url)).to.deep.equal([
        'http://liftoff.msfc.nasa.gov/2003/05/30.html#item572',
        'https://blog.example/2003/05/29.html',
        undefined,
        undefined,
        'https://blog.example/both',
      ]);
    });

    it('shows titles carrying escaped HTML, entities or double escaping as their text (livemint.xml, craigslist.rss, google_alerts_atom.xml)', () => {
      const { posts } = read(
        rss(`<item><title><![CDATA[SmartCity Kochi to raise  <span class='webrupee'>₹</span>4,000 crore]]></title><pubDate>Mon, 01 Jan 2018 10:00:00 +0530</pubDate></item>
          <item><title><![CDATA[Victorian (oakland north) &#x0024;4300 3bd 1930ft<sup>2</sup>]]></title><pubDate>Sun, 31 Dec 2017 10:00:00 +0000</pubDate></item>
          <item><title>Tom &amp;amp; Jerry &amp;lt;3</title><pubDate>Sat, 30 Dec 2017 10:00:00 +0000</pubDate></item>
          <item><title>AT&amp;T &lt; Verizon, 5 &gt; 3</title><pubDate>Fri, 29 Dec 2017 10:00:00 +0000</pubDate></item>`),
      );
      expect(posts.map((post) => post.text)).to.deep.equal([
        'SmartCity Kochi to raise ₹4,000 crore',
        'Victorian (oakland north) $4300 3bd 1930ft2',
        'Tom & Jerry <3',
        'AT&T < Verizon, 5 > 3',
      ]);
      const atom = read(
        `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;b&gt;Alerts&lt;/b&gt;</title>
          <entry><title type="html">&lt;b&gt;Slack&lt;/b&gt; Stock Has a Compelling Story</title><id>1</id><updated>2019-07-10T11:46:48Z</updated></entry>
          <entry><title type="text">Prices in &lt;span class="rupee"&gt;₹&lt;/span&gt;</title><id>2</id><updated>2019-07-09T11:46:48Z</updated></entry></feed>`,
      );
      expect(atom.author.name).to.equal('Alerts');
      expect(atom.posts.map((post) => post.text)).to.deep.equal(['Slack Stock Has a Compelling Story', 'Prices in ₹']);
    });

    it('keeps distinct items that share a guid, each with an id of its own (scriptingNews.rss)', () => {
      const guid = '<guid>http://scripting.com/2017/06/24.html#a100632</guid><link>http://scripting.com/2017/06/24.html#a100632</link>';
      const { posts } = read(
        rss(`<item><description>In 2015 I wrote that Dropbox could be the next big thing.</description><pubDate>Sat, 24 Jun 2017 14:26:32 GMT</pubDate>${guid}</item>
          <item><title>Republican-inspired art</title><pubDate>Sat, 24 Jun 2017 14:52:32 GMT</pubDate>${guid}</item>`),
      );
      expect(posts.map((post) => [post.id, post.text])).to.deep.equal([
        ['http://scripting.com/2017/06/24.html#a100632 #2', 'Republican-inspired art'],
        ['http://scripting.com/2017/06/24.html#a100632', 'In 2015 I wrote that Dropbox could be the next big thing.'],
      ]);
    });

    it('dates items by every date feeds write, in every engine (a10.xml, rss_1.0_debian.xml, bio.rdf, rss_2.0_nbcny.xml, itunes-category.rss)', () => {
      const { posts } = read(
        rss(`<item><title>Z zone</title><pubDate>Thu, 14 May 2020 10:00:18 Z</pubDate></item>
          <item><title>Month first, 12-hour clock</title><pubDate>Sat, Dec 16 2023 02:02:33 PM</pubDate></item>
          <item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>A day</title><dc:date>2022-12-17</dc:date></item>
          <item><title>No weekday, a named zone</title><pubDate>07 Nov 2015 12:00:00 EST</pubDate></item>`),
      );
      expect(posts.map((post) => [post.text, post.published?.toISOString()])).to.deep.equal([
        ['Month first, 12-hour clock', '2023-12-16T14:02:33.000Z'],
        ['A day', '2022-12-17T00:00:00.000Z'],
        ['Z zone', '2020-05-14T10:00:18.000Z'],
        ['No weekday, a named zone', '2015-11-07T17:00:00.000Z'],
      ]);
    });
  });

  describe('sounds and videos (issue #13)', () => {
    const CDN = 'https://cdn.podcast.example';
    it('offers a podcast’s episodes as sounds named by their titles, timed by itunes:duration in any of its forms', () => {
      const { posts } = read(podcastRss(), 'https://podcast.example/feed.xml');
      expect(posts.map((post) => post.media)).to.deep.equal([
        [{ url: `${CDN}/13.mp3`, alt: 'Épisode 13 : parler quand tout brûle', kind: 'audio', duration: 3723 }],
        [{ url: `${CDN}/12.m4a`, alt: 'Épisode 12 : la parole publique', kind: 'audio', duration: 1520 }],
        [{ url: `${CDN}/0.mp3`, alt: 'Bande-annonce', kind: 'audio', duration: 45 }],
      ]);
      expect(posts.some((post) => post.sensitive), 'itunes:explicit is about words, not media').to.equal(false);
    });

    it('shows a Media RSS video once per group, with its still, size and duration; an adult rating makes it sensitive', () => {
      const { posts } = read(videoRss(), 'https://video.example/feed/');
      const alt = 'Deux mains coupent une séquence sur une table de montage';
      expect(posts[0].media).to.deep.equal([
        { url: 'https://cdn.video.example/montage-1080.mp4', alt, width: 1920, height: 1080, kind: 'video', preview: 'https://cdn.video.example/montage.jpg', duration: 185 },
        { url: 'https://cdn.video.example/montage-480.webm', alt, width: 854, height: 480, kind: 'video', preview: 'https://cdn.video.example/montage.jpg', duration: 185 },
      ]);
      expect(posts[1]).to.deep.include({ sensitive: true });
      expect(posts[1].media).to.deep.equal([
        { url: 'https://cdn.video.example/coulisses.mp4', alt: 'Les coulisses du tournage', kind: 'video', preview: 'https://cdn.video.example/coulisses.jpg', duration: 42 },
      ]);
      expect(posts[2].media).to.deep.equal([{ url: 'https://cdn.video.example/ambiance.ogg', alt: 'Le son d’ambiance', kind: 'audio' }]);
      expect(posts[2].sensitive, 'a rating in another scheme').to.equal(undefined);
    });

    it('shows a video site’s Flash player as a video still that links to it, and an Atom enclosure as a video', () => {
      const { posts } = read(videoAtom(), 'https://tube.example/feeds/videos.xml');
      expect(posts[0].url).to.equal('https://tube.example/watch?v=montage3min');
      expect(posts[0].media).to.deep.equal([
        {
          url: 'https://tube.example/v/montage3min?version=3',
          alt: 'Trois minutes pour apprendre à couper.',
          width: 640,
          height: 390,
          kind: 'video',
          preview: 'https://i.tube.example/vi/montage3min/hqdefault.jpg',
        },
      ]);
      expect(posts[1].media).to.deep.equal([{ url: 'https://tube.example/files/clip.webm', alt: 'Un extrait', kind: 'video' }]);
    });

    it('leaves out files that are neither images, sounds nor videos, and untyped ones whose medium or extension says neither', () => {
      const { posts } = read(
        rss(`<item><title>t</title><enclosure url="/a.pdf" type="application/pdf"/><enclosure url="/b.mp3.html"/>
          <media:content url="/c.html" medium="document"/><media:content url="/d.bin"/><enclosure url="/e?f=g.mp3" type=""/></item>`),
      );
      expect(posts[0].media).to.deep.equal([]);
    });

    it('tells an enclosure without a type, or typed application/octet-stream, by its medium, else its extension', () => {
      const { posts } = read(
        rss(`<item><title>Episode 4</title><enclosure url="/4.MP3?utm=feed" length="1"/>
          <enclosure url="/4.mp4" type="application/octet-stream"/><enclosure url="/4.jpg" type=" "/>
          <media:content url="/4-clip" medium="video" type="binary/octet-stream"/><enclosure url="/4.ogg" type="text/plain"/></item>`),
      );
      expect(posts[0].media.map(({ url, kind }) => [new URL(url).pathname, kind])).to.deep.equal([
        ['/4.MP3', 'audio'],
        ['/4.mp4', 'video'],
        ['/4.jpg', undefined],
        ['/4-clip', 'video'],
      ]);
    });

    it('hides an item’s media when its feed is rated adult, and marks a rated item with no media as nothing', () => {
      const rated = (items: string) => read(rss(items, '<title>T</title><media:rating>adult</media:rating>')).posts;
      expect(rated('<item><title>a</title><enclosure url="/a.jpg" type="image/jpeg"/></item>')[0].sensitive).to.equal(true);
      expect(rated('<item><title>b</title></item>')[0].sensitive).to.equal(undefined);
    });

    it('reads itunes:duration as hours, minutes and seconds, and nothing else', () => {
      expect(['1:02:03', '62:03', '3723', '3723.5', ' 45 ', '0', '1:xx', '-5', ''].map(asDuration)).to.deep.equal([
        3723, 3723, 3723, 3723.5, 45, undefined, undefined, undefined, undefined,
      ]);
    });
  });

  describe('refusals', () => {
    it('refuses XML that is not well-formed', () => {
      expect(shapeError(() => read(malformedRss())).message).to.equal('not well-formed XML');
    });

    it('refuses well-formed XML that is no feed, naming what it expected', () => {
      expect(shapeError(() => read(sitemapXml())).message).to.equal('Expected an RSS 2.0, RSS 1.0 or Atom document, not <urlset>.');
    });

    it('refuses an RSS document without a channel, and input that is no document at all', () => {
      shapeError(() => read('<rss version="2.0"><item/></rss>'));
      for (const input of [null, '<rss/>', { documentElement: { localName: 'rss' } }, []]) {
        shapeError(() => adaptRss(input, { baseUrl: BLOG, ...browserParsers }));
      }
    });
  });
});
