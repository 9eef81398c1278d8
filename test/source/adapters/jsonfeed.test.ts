import { expect } from '@open-wc/testing';
import { browserParsers } from '../../../src/source/parsers.js';
import { detectJsonFeed } from '../../../src/source/adapters/detect.js';
import { adaptJsonFeed } from '../../../src/source/adapters/jsonfeed.js';
import { shapeError } from '../../helpers/feed-error.js';
import { hostileItems, itemsMissing, itemsNotArray } from '../../fixtures/jsonfeed/malformed.js';
import { jsonFeed10 } from '../../fixtures/jsonfeed/v1.js';
import { jsonFeed11 } from '../../fixtures/jsonfeed/v1-1.js';

const BLOG = 'https://blog.example/feed.json';
const read = (json: unknown, baseUrl = BLOG) => adaptJsonFeed(json, { baseUrl, ...browserParsers });

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

    it('keeps items with an id and an RFC 3339 date, newest first, a numeric id as a string', () => {
      const { posts } = read(jsonFeed11());
      expect(posts.map((post) => post.id)).to.deep.equal(['https://blog.example/2017/03/26/confiance/', '2017032501', 'lien']);
      expect(posts.map((post) => post.published.toISOString())).to.deep.equal([
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

    it('leaves an untitled item’s content_text to the widget’s tokenizer, and shows its image attachments once', () => {
      const post = read(jsonFeed11()).posts[1];
      expect(post).to.deep.include({ url: 'https://blog.example/2017/03/25/note/', text: 'Nouvelle note sur #com.\nDétails : https://example.org/etude' });
      expect(post.content).to.equal(undefined);
      expect(post.media).to.deep.equal([{ url: 'https://blog.example/images/chart.png', alt: '' }]);
    });

    it('takes each item’s language, else the feed’s', () => {
      expect(read(jsonFeed11()).posts.map((post) => post.lang)).to.deep.equal(['fr-FR', 'en-GB', 'fr-FR']);
    });

    it('links an item without url to its external_url, dates it by date_modified, and keeps its HTML links', () => {
      const post = read(jsonFeed11()).posts[2];
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

  describe('malformed feeds', () => {
    it('refuses a feed without an items array', () => {
      expect(shapeError(() => read(itemsNotArray())).message).to.equal('Expected "items" to be an array.');
      shapeError(() => read(itemsMissing()));
    });

    it('refuses what is no JSON Feed, naming the version it expected', () => {
      for (const input of [null, [], 'feed', { version: 1, author: { name: 'x' }, posts: [] }, { items: [] }]) {
        expect(shapeError(() => read(input)).message).to.contain('https://jsonfeed.org/version/1.1');
      }
    });

    it('skips each malformed item and ignores fields of the wrong type', () => {
      const feed = read(hostileItems());
      expect(feed.author).to.deep.equal({ name: 'blog.example', url: undefined, avatar: undefined, bio: undefined });
      expect(feed.links).to.deep.equal([{ network: 'rss', label: 'RSS', url: BLOG }]);
      expect(feed.posts).to.have.length(1);
      expect(feed.posts[0]).to.deep.include({ id: 'ok', url: undefined, text: 'survivor', media: [], lang: undefined });
    });
  });
});
