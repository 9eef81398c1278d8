// A feed item without a readable date (RSS 2.0 and JSON Feed make dates optional) shows, in the feed's order, with no
// time rather than a made-up one (issue #14).
import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import { mount } from '../helpers/mount.js';
import { startWorker, worker } from '../mocks/feed-handlers.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Notes</title><link>https://notes.example/</link>
  <item><title>Undated, first in the file</title><link>https://notes.example/b</link></item>
  <item><title>Dated</title><link>https://notes.example/a</link><pubDate>Wed, 01 May 2024 12:00:00 GMT</pubDate></item>
  <item><title>Unreadable date</title><link>https://notes.example/c</link><pubDate>last Tuesday</pubDate></item>
</channel></rss>`;

describe('undated posts', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    clearFeedCache();
  });
  after(() => worker.stop());

  it('show in the feed’s order with no time, their link naming the site, their article named by the author', async () => {
    worker.use(http.get('/undated/feed.xml', () => new HttpResponse(RSS, { headers: { 'Content-Type': 'application/rss+xml' } })));
    const el = await mount(html`<social-feed src="/undated/feed.xml" lang="en"></social-feed>`);
    const articles = [...el.shadowRoot!.querySelectorAll('article')];
    expect(articles.map((article) => article.querySelector('[part~="text"]')!.textContent!.trim())).to.deep.equal([
      'Undated, first in the file',
      'Dated',
      'Unreadable date',
    ]);
    const [undated, dated, unreadable] = articles;
    for (const article of [undated, unreadable]) {
      expect(article.querySelector('time')).to.equal(null);
      expect(article.getAttribute('aria-label')).to.equal('Notes');
      const link = article.querySelector<HTMLAnchorElement>('[part~="permalink"]')!;
      expect(link.textContent!.trim()).to.equal('notes.example');
      expect(article.textContent).not.to.match(/now|Invalid Date|1970/);
    }
    expect(undated.querySelector<HTMLAnchorElement>('[part~="permalink"]')!.href).to.equal('https://notes.example/b');
    expect(dated.querySelector('time')!.getAttribute('datetime')).to.equal('2024-05-01T12:00:00.000Z');
    expect(dated.getAttribute('aria-label')).to.match(/^Notes, .*2024/);
  });
});
