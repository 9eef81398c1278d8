// What a reader sees must be what they get: a link whose label names another host shows where it really goes, and
// names, handles and labels never carry the invisible characters that make text read as something else.
import { expect, html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import '../../src/index.js';
import type { SocialFeed } from '../../src/social-feed.js';
import { mount, servedBodies } from '../helpers/mount.js';
import { part, parts } from '../helpers/parts.js';
import { statuses } from '../fixtures/mastodon/statuses.js';
import { startWorker, worker } from '../mocks/feed-handlers.js';

const bodies = servedBodies('/honest/');
const show = (format: string, body: string, type = 'application/json') =>
  mount(html`<social-feed src=${bodies.serve(body, type)} format=${format}></social-feed>`);

/** Each link of the post texts: what it says and where it goes. */
const links = (el: SocialFeed) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="text"] a')].map((a) => ({ label: a.textContent, href: a.href }));

const DATE = '2024-05-01T12:00:00Z';
const LYING = '<a href="https://evil.example/steal">https://bank.example/login</a>';
const rss = (description: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><item><description><![CDATA[${description}]]></description>` +
  `<pubDate>Wed, 01 May 2024 12:00:00 GMT</pubDate></item></channel></rss>`;

describe('honest display', () => {
  before(() => startWorker());
  beforeEach(() => worker.use(bodies.handler));
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  describe('a link whose label names another host shows its real address', () => {
    it('in an RSS description', async () => {
      const el = await show('rss', rss(`Log in: ${LYING}`), 'application/xml');
      expect(links(el)).to.deep.equal([{ label: 'evil.example/steal', href: 'https://evil.example/steal' }]);
    });

    it('in Mastodon content, a link and a fake mention', async () => {
      const content = `<p>${LYING} <a href="https://evil.example/@thief" class="u-url mention">@support@bank.example</a></p>`;
      const el = await show('mastodon', JSON.stringify([{ ...statuses()[0], content }]));
      expect(links(el)).to.deep.equal([
        { label: 'evil.example/steal', href: 'https://evil.example/steal' },
        { label: 'evil.example/@thief', href: 'https://evil.example/@thief' },
      ]);
    });

    it('in a Bluesky link facet', async () => {
      const text = 'bank.example/login';
      const facets = [{ index: { byteStart: 0, byteEnd: text.length }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://evil.example/steal' }] }];
      const feed = {
        feed: [
          {
            post: {
              uri: 'at://did:plc:a2lic3e7fxq5zbwt6nmyorvu/app.bsky.feed.post/3lla7abc',
              cid: 'bafyreib',
              author: { did: 'did:plc:a2lic3e7fxq5zbwt6nmyorvu', handle: 'alice.bsky.social', displayName: 'Alice' },
              record: { $type: 'app.bsky.feed.post', createdAt: DATE, text, facets },
              indexedAt: DATE,
            },
          },
        ],
      };
      const el = await show('bluesky', JSON.stringify(feed));
      expect(links(el)).to.deep.equal([{ label: 'evil.example/steal', href: 'https://evil.example/steal' }]);
    });

    it('while honest labels stay as written: a shortened URL of the same site, a local mention, a hashtag', async () => {
      const el = await show('mastodon', JSON.stringify([statuses()[1]]));
      expect(links(el).map(({ label }) => label)).to.deep.equal(['@natacha', '#communication', 'camille.example/blog/2024/05/0…']);
    });
  });

  describe('invisible characters that change how text reads are left out', () => {
    it('of the name, the handle, a social link’s label and a repost’s author', async () => {
      const feed = {
        version: 1,
        author: { name: 'Sam\u202e aveR', handle: '@sam\u200b@social.example', url: 'https://social.example/@sam' },
        links: [{ network: 'website', label: 'invoice\u202efdp.exe', url: 'https://files.example/' }],
        posts: [{ id: '1', published: DATE, text: 'Bonjour', repostOf: { name: 'Nat\u2066acha' } }],
      };
      const el = await show('native', JSON.stringify(feed));
      expect(part(el, 'name').textContent?.trim()).to.equal('Sam aveR');
      expect(part(el, 'handle').textContent).to.equal('@sam@social.example');
      expect(part(el, 'link').textContent?.trim()).to.equal('invoicefdp.exe');
      expect(part(el, 'repost').textContent).to.contain('Natacha');
      expect(parts(el, 'post')[0].getAttribute('aria-label')).to.match(/^Natacha, /);
    });

    it('of a link label, even one a percent-escape spelled out', async () => {
      const el = await show('rss', rss('<a href="https://files.example/invoice%E2%80%AEfdp.exe">files.example/invoice%E2%80%AEfdp.exe</a>'), 'application/xml');
      expect(links(el)).to.deep.equal([{ label: 'files.example/invoicefdp.exe', href: 'https://files.example/invoice%E2%80%AEfdp.exe' }]);
    });
  });
});
