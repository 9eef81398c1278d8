import { expect } from '@open-wc/testing';
import { browserParsers } from '../../../src/source/parsers.js';
import { detectJsonFeed } from '../../../src/source/adapters/detect.js';
import { adaptJsonFeed } from '../../../src/source/adapters/jsonfeed.js';
import { shapeError } from '../../helpers/feed-error.js';
import { hostileItems, itemsMissing, itemsNotArray } from '../../fixtures/jsonfeed/malformed.js';
import { mediaJsonFeed } from '../../fixtures/jsonfeed/media.js';
import { jsonFeed10 } from '../../fixtures/jsonfeed/v1.js';
import { jsonFeed11 } from '../../fixtures/jsonfeed/v1-1.js';

const BLOG = 'https://blog.example/feed.json';
const read = (json: unknown, baseUrl = BLOG) => adaptJsonFeed(json, { baseUrl, ...browserParsers });
/** The item of `id` in the feed read from `json`. */
const item = (json: unknown, id: string) => {
  const found = read(json).posts.find((post) => post.id === id);
  if (!found) throw new Error(`no post ${id}`);
  return found;
};

describe('JSON Feed adapter', () => {
  describe('detectJsonFeed', () => {
    it('recognizes JSON Feed 1.0 and 1.1 by their version URL', () => {
      expect(detectJsonFeed(jsonFeed11())).to.equal(true);
      expect(detectJsonFeed(jsonFeed10())).to.equal(true);
    });

    it('does not claim a native feed, another version string, an array or a document', () => {
      for (const input of [{ version: 1, author: { name: 'x' } }, { version: '1.1', items: [] }, [jsonFeed11()], null, 'https://jsonfeed.org/version/1.1']) {
        expect(detectJsonFeed(input)).to.equal(false);
      }
      expect(detectJsonFeed(browserParsers.parseXml('<rss version="2.0"/>'))).to.equal(false);
    });
  });

  describe('JSON Feed 1.1', () => {
    it('takes the author from the first of "authors", the bio from the description', () => {
      expect(read(jsonFeed11()).author).to.deep.equal({
        name: 'Christophe Ginisty',
        url: 'https://blog.example/a-propos/',
        avatar: 'https://blog.example/avatar.jpg',
        bio: 'Professionnel de la communication, optimiste exigeant et idéaliste compulsif.',
      });
    });

    it('links to the home page, labelled with its host, and to the feed', () => {
      expect(read(jsonFeed11()).links).to.deep.equal([
        { network: 'website', label: 'blog.example', url: 'https://blog.example/' },
        { network: 'rss', label: 'RSS', url: 'https://blog.example/feed.json' },
      ]);
    });

    it('keeps items with a date (RFC 3339, or RFC 822 as some publishers write), newest first, a numeric id as a string', () => {
      const { posts } = read(jsonFeed11());
      expect(posts.map((post) => post.id)).to.deep.equal([
        'https://blog.example/2017/03/26/confiance/',
        'rfc822',
        'https://blog.example/no-id/',
        '2017032501',
        'lien',
      ]);
      expect(posts.map((post) => post.published?.toISOString())).to.deep.equal([
        '2017-03-26T16:09:00.000Z',
        '2017-03-26T16:09:00.000Z',
        '2017-03-26T16:09:00.000Z',
        '2017-03-25T18:26:00.000Z',
        '2017-03-24T10:00:00.000Z',
      ]);
    });

    it('shows a titled item’s title and summary, never its article, with the main image', () => {
      const [post] = read(jsonFeed11()).posts;
      expect(post).to.deep.include({ url: 'https://blog.example/2017/03/26/confiance/', text: 'La confiance\n\nPourquoi la confiance se gagne en ligne.' });
      expect(post.content).to.equal(undefined);
      expect(post.media).to.deep.equal([{ url: 'https://blog.example/images/confiance.jpg', alt: 'La confiance' }]);
    });

    it('leaves an untitled item’s content_text to the widget’s tokenizer, and shows its attachments once, named by their titles', () => {
      const post = item(jsonFeed11(), '2017032501');
      expect(post).to.deep.include({ url: 'https://blog.example/2017/03/25/note/', text: 'Nouvelle note sur #com.\nDétails : https://example.org/etude' });
      expect(post.content).to.equal(undefined);
      expect(post.media).to.deep.equal([
        { url: 'https://blog.example/images/chart.png', alt: 'chart.png' },
        { url: 'https://blog.example/podcast/12.mp3', alt: '', kind: 'audio', duration: 1520 },
      ]);
    });

    it('takes each item’s language, else the feed’s', () => {
      expect(read(jsonFeed11()).posts.map((post) => post.lang)).to.deep.equal(['fr-FR', 'fr-FR', 'fr-FR', 'en-GB', 'fr-FR']);
    });

    it('links an item without url to its external_url, dates it by date_modified, and keeps its HTML links', () => {
      const post = item(jsonFeed11(), 'lien');
      expect(post).to.deep.include({ url: 'https://example.org/etude', text: 'Une étude\n\nÀ lire : l’étude.' });
      expect(post.content).to.deep.include({ kind: 'url', text: 'l’étude', href: 'https://example.org/etude' });
    });

    it('names the feed by its title when it has no author, with the icon, else the favicon, as avatar', () => {
      const { authors: _, ...feed } = jsonFeed11();
      expect(read(feed).author).to.deep.include({ name: 'Le blog de Christophe', url: 'https://blog.example/', avatar: 'https://blog.example/icon-512.png' });
      expect(read({ ...feed, icon: undefined }).author.avatar).to.equal('https://blog.example/favicon-64.png');
    });
  });

  describe('JSON Feed 1.0', () => {
    const feed = () => read(jsonFeed10(), 'https://inessential.example/feed.json');

    it('takes the author from "author"', () => {
      expect(feed().author).to.deep.include({ name: 'Brent Simmons', url: 'https://inessential.example/', avatar: 'https://inessential.example/avatar.png' });
    });

    it('shows a title with short HTML content as rich text', () => {
      const [post] = feed().posts;
      expect(post.text).to.equal('JSON Feed\n\nWe — Manton and I — have been working on JSON Feed.');
      expect(post.content).to.deep.include({ kind: 'url', text: 'JSON Feed', href: 'https://jsonfeed.org/' });
    });

    it('shows untitled HTML content whole, its line breaks kept and relative links resolved against the feed', () => {
      const post = feed().posts[1];
      expect(post.text).to.equal('A microblog post with a relative link.\nSecond line.');
      expect(post.content).to.deep.include({ kind: 'url', text: 'relative link', href: 'https://inessential.example/links' });
      expect(post.lang).to.equal(undefined);
    });

    it('shows only the title when the content is an article', () => {
      const json = jsonFeed10();
      json.items = [{ id: 'a', title: 'Long read', content_html: `<p>${'word '.repeat(100)}</p>`, date_published: '2017-05-17T08:02:12-07:00' }];
      const [post] = read(json).posts;
      expect(post.text).to.equal('Long read');
      expect(post.content).to.equal(undefined);
    });
  });

  describe('feeds as publishers write them (issue #14)', () => {
    const feed = (items: unknown[], more: Record<string, unknown> = {}) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items, ...more });

    it('reads JSON Feed 1.0 whose version is written over http, without a trailing slash (pxlnv.json, WordPress)', () => {
      const posts = read({ ...feed([{ id: '1', title: 'Hello', date_published: '2017-05-18T10:00:00Z' }]), version: 'http://jsonfeed.org/version/1' }).posts;
      expect(posts.map((post) => post.text)).to.deep.equal(['Hello']);
    });

    it('reads HTML in titles, summaries and the description as HTML: text without markup or entities (rose.json, json_feed_with_escaped_uris.json)', () => {
      const json = feed(
        [
          { id: 'a', title: 'Workflow: Add Task &amp; Sub Tasks To OmniFocus', date_published: '2019-01-02T10:00:00Z' },
          { id: 'b', title: 'F37', summary: 'Blackletter &amp; thick <em>Tschichold</em> beauty', date_published: '2019-01-01T10:00:00Z' },
          { id: 'c', summary: '<p>A <a href="/links">note</a> without title.</p>', date_published: '2018-12-31T10:00:00Z' },
          { id: 'd', title: 'AT&T & Verizon < 3', date_published: '2018-12-30T10:00:00Z' },
        ],
        { description: "<p>LukeDorny.com is the digital record of Artist and Designer Luke Dorny, just some old nerd from the '80s.</p>" },
      );
      const { author, posts } = read(json);
      expect(author.bio).to.equal("LukeDorny.com is the digital record of Artist and Designer Luke Dorny, just some old nerd from the '80s.");
      expect(posts.map((post) => post.text)).to.deep.equal([
        'Workflow: Add Task & Sub Tasks To OmniFocus',
        'F37\n\nBlackletter & thick Tschichold beauty',
        'A note without title.',
        'AT&T & Verizon < 3',
      ]);
      expect(posts[2].content).to.deep.include({ kind: 'url', text: 'note', href: 'https://blog.example/links' });
    });

    it('dates items written without seconds or zone (curt.json) or in RFC 822 (jsonfeed_elastic_1.1.json)', () => {
      const { posts } = read(
        feed([
          { id: 'a', title: 'Twitter Quitter', date_published: '2018-01-06T08:00' },
          { id: 'b', title: 'InfluxDB vs. Graphite', date_published: 'Tue, 21 Feb 2017 09:00:00 -0800' },
        ]),
      );
      expect(posts.map((post) => [post.id, post.published?.toISOString()])).to.deep.equal([
        ['a', '2018-01-06T08:00:00.000Z'],
        ['b', '2017-02-21T17:00:00.000Z'],
      ]);
    });

    it('identifies an item without its id by its link, else by its date and text (jsonfeed_elastic_1.1.json)', () => {
      const { posts } = read(
        feed([
          { url: 'https://www.influxdata.com/influxdb-vs-graphite/', title: 'InfluxDB vs. Graphite', date_published: 'Fri, 31 May 2019 12:17:58 -0700' },
          { title: 'Fake item', date_published: '2018-02-06T06:34:12-07:00' },
        ]),
      );
      expect(posts.map((post) => post.id)).to.deep.equal(['https://www.influxdata.com/influxdb-vs-graphite/', '2018-02-06T13:34:12.000Z Fake item']);
    });

    it('keeps distinct items that share an id, each with an id of its own', () => {
      const { posts } = read(
        feed([
          { id: 'x', title: 'First', date_published: '2019-01-02T10:00:00Z' },
          { id: 'x', title: 'Second', date_published: '2019-01-01T10:00:00Z' },
          { id: 'x', title: 'First', date_published: '2019-01-02T10:00:00Z' },
        ]),
      );
      expect(posts.map((post) => [post.id, post.text])).to.deep.equal([
        ['x', 'First'],
        ['x #2', 'Second'],
      ]);
    });
  });

  describe('sounds and videos (issue #13)', () => {
    const episode = (id: string) => read(mediaJsonFeed(), 'https://podcast.example/feed.json').posts.find((post) => post.id === id)!;
    it('offers an episode once when its attachments share a title, timed by duration_in_seconds, beside the item’s image', () => {
      expect(episode('13').media).to.deep.equal([
        { url: 'https://podcast.example/13.jpg', alt: 'Épisode 13 : parler quand tout brûle' },
        { url: 'https://cdn.podcast.example/13.m4a', alt: 'Épisode 13', kind: 'audio', duration: 3723 },
      ]);
    });

    it('takes the item’s image as its video’s still, and keeps other image attachments', () => {
      expect(episode('montage').media).to.deep.equal([
        {
          url: 'https://podcast.example/videos/montage.mp4',
          alt: 'Deux mains coupent une séquence',
          kind: 'video',
          preview: 'https://podcast.example/montage.jpg',
          duration: 185.5,
        },
        { url: 'https://podcast.example/videos/montage.jpg', alt: 'Le montage en trois minutes' },
      ]);
    });

    it('ignores a duration that is not a number', () => {
      expect(episode('silence').media).to.deep.equal([{ url: 'https://podcast.example/sounds/silence.ogg', alt: 'Sans durée', kind: 'audio' }]);
    });
  });

  describe('malformed feeds', () => {
    it('refuses a feed without an items array', () => {
      expect(shapeError(() => read(itemsNotArray())).message).to.equal('Expected "items" to be an array.');
      shapeError(() => read(itemsMissing()));
    });

    it('refuses what is no JSON Feed, naming the versions it reads, neither of them required', () => {
      for (const input of [null, [], 'feed', { version: 1, author: { name: 'x' }, posts: [] }, { items: [] }]) {
        const { message } = shapeError(() => read(input));
        expect(message).to.contain('"https://jsonfeed.org/version/1.1" or "https://jsonfeed.org/version/1"');
      }
    });

    it('skips each malformed item and ignores fields of the wrong type', () => {
      const feed = read(hostileItems());
      expect(feed.author).to.deep.equal({ name: 'blog.example', url: undefined, avatar: undefined, bio: undefined });
      expect(feed.links).to.deep.equal([{ network: 'rss', label: 'RSS', url: BLOG }]);
      // Items without a readable date are kept, undated (issue #14); the others with a wrong field are not.
      expect(feed.posts.map((post) => [post.id, post.published?.toISOString()])).to.have.deep.members([
        ['no-date', undefined],
        ['bad-date', undefined],
        ['ok', '2017-03-26T18:09:00.000Z'],
      ]);
      expect(feed.posts.find((post) => post.id === 'ok')).to.deep.include({ url: undefined, text: 'survivor', media: [], lang: undefined });
    });
  });
});
