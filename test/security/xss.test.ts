// The XSS corpus through every text, HTML and URL field of every format, rendered by real widgets: nothing runs,
// nothing but the widget's own elements appears, no event handler exists, and links and images keep safe schemes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { browserParsers } from '../../src/source/parsers.js';
import { clearFeedCache } from '../../src/watch/feed-cache.js';
import '../../src/index.js';
import type { SocialFeed } from '../../src/social-feed.js';
import { markupVectors, xssVectors } from '../fixtures/xss-vectors.js';
import { startWorker, worker } from '../mocks/feed-handlers.js';
import { hostileSources, xmlSafe, type HostileResponse, type HostileSource } from './hostile-feeds.js';
import { installPwnedSpy, unsafeParts, visibleState, watchPage } from './safe-dom.js';

const responses = new Map<string, HostileResponse>();
const served = http.get('/xss/*', ({ request }) => {
  const response = responses.get(new URL(request.url).pathname);
  return response ? new HttpResponse(response.body, { headers: { 'Content-Type': response.contentType } }) : new HttpResponse(null, { status: 404 });
});
// Whatever a vector names elsewhere (images, scripts, style sheets) answers at once, without leaving the machine.
const elsewhere = http.all(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])|\.(png|jpe?g|gif|webp)$/, () => new HttpResponse(null, { status: 404 }));

/** Serves each response under its own path and renders one widget per response, side by side, until all settle. */
async function render(format: HostileSource['format'], bodies: HostileResponse[], limit = 5): Promise<SocialFeed[]> {
  const paths = bodies.map((body, i) => {
    const path = `/xss/${format}/${responses.size}-${i}`;
    responses.set(path, body);
    return path;
  });
  const container = await fixture<HTMLElement>(
    html`<div>${paths.map((path) => html`<social-feed src=${path} format=${format} .limit=${limit} show-pinned show-replies show-sensitive show-counts></social-feed>`)}</div>`,
  );
  const widgets = [...container.querySelectorAll<SocialFeed>('social-feed')];
  await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('article, [role="alert"]')), `${format} widgets never settled`, {
    timeout: 20_000,
  });
  await Promise.all(widgets.map((el) => el.updateComplete));
  // Time for anything that would fire late (image errors, toggles, focus, meta refresh) to fire.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return widgets;
}

describe('hostile content: the XSS corpus', () => {
  let spy: ReturnType<typeof installPwnedSpy>;
  let pageAdditions: () => string[];

  before(() => startWorker());
  beforeEach(() => {
    worker.use(served, elsewhere);
    spy = installPwnedSpy();
    pageAdditions = watchPage();
  });
  afterEach(() => {
    spy.restore();
    worker.resetHandlers();
    responses.clear();
    clearFeedCache();
  });
  after(() => worker.stop());

  /** Asserts nothing ran, nothing unsafe is in any widget or the page, and every widget shows posts or an error. */
  function expectInert(widgets: SocialFeed[], labels: string[]): void {
    const problems = widgets.flatMap((el, i) => [
      ...unsafeParts(el.shadowRoot!).map((problem) => `${labels[i]}: ${problem}`),
      ...(visibleState(el.shadowRoot!) === 'blank' ? [`${labels[i]}: blank widget`] : []),
    ]);
    expect(problems).to.deep.equal([]);
    expect(pageAdditions()).to.deep.equal([]);
    expect(spy.calls).to.deep.equal([]);
  }

  it('has checks that catch foreign elements, handlers, URL attributes and unsafe schemes', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const make = (name: string, attributes: Record<string, string>) => {
      const el = root.appendChild(document.createElement(name));
      for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    };
    make('a', { href: 'https://ok.example/' });
    make('img', { src: 'https://ok.example/a.png' });
    make('video', { src: 'https://ok.example/a.mp4', poster: 'https://ok.example/a.png', controls: '' });
    make('audio', { src: 'https://ok.example/a.mp3', controls: '' });
    expect(unsafeParts(root)).to.deep.equal([]);
    make('a', { href: 'javascript:void 0' });
    make('img', { src: 'data:image/png,' });
    make('span', { onclick: 'void 0', style: 'color: red' });
    make('iframe', {});
    make('video', { src: 'javascript:void 0', poster: 'data:image/png,', autoplay: '' });
    expect(unsafeParts(root)).to.deep.equal([
      '<a href="javascript:void 0">',
      '<img src="data:image/png,">',
      '<span onclick> is an event handler',
      '<span style> may load or run something',
      '<iframe> is not an element the widget renders',
      '<video autoplay> plays by itself',
      '<video src="javascript:void 0">',
      '<video poster="data:image/png,">',
      '<iframe> is dangerous',
    ]);
  });

  it(`holds at least 60 vectors, each with a label (${xssVectors.length} today)`, () => {
    expect(xssVectors.length).to.be.at.least(60);
    expect(new Set(xssVectors.map((vector) => vector.label)).size).to.equal(xssVectors.length);
    expect(new Set(xssVectors.map((vector) => vector.vector)).size).to.equal(xssVectors.length);
  });

  for (const source of hostileSources) {
    describe(source.name, () => {
      it('keeps every vector inert in the author, bio and link fields', async function () {
        this.timeout(30_000);
        const widgets = await render(source.format, xssVectors.map(({ vector }, i) => source.author(vector, i)));
        expectInert(widgets, xssVectors.map(({ label }) => `${source.name} author, ${label}`));
      });

      it('keeps every vector inert in every post field, and still shows the posts', async function () {
        this.timeout(30_000);
        // Enough to show every post: a few per vector.
        const [widget] = await render(source.format, [source.posts(xssVectors.map(({ vector }) => vector))], xssVectors.length * 6);
        expectInert([widget], [`${source.name} posts`]);
        expect(widget.shadowRoot!.querySelectorAll('article').length).to.be.at.least(xssVectors.length);
        for (const selector of source.rich ?? []) expect(widget.shadowRoot!.querySelector(selector), selector).to.exist;
      });
    });
  }

  it('shows markup in a plain-text field as the text it is', async () => {
    const native = hostileSources.find(({ format }) => format === 'native')!;
    const [widget] = await render('native', [native.posts(['<script>__pwned()</script>', '<img src=x onerror=alert(1)>'])]);
    const texts = [...widget.shadowRoot!.querySelectorAll('[part="text"]')].map((p) => p.textContent);
    expect(texts).to.include.members(['<script>__pwned()</script>', '<img src=x onerror=alert(1)>']);
  });

  it('writes every vector into the XML feeds intact (escaped as text and attributes, split around "]]>" in CDATA)', () => {
    for (const source of hostileSources.filter(({ format }) => format === 'rss')) {
      const doc = browserParsers.parseXml(source.posts(xssVectors.map(({ vector }) => vector)).body);
      expect(doc.getElementsByTagName('parsererror').length, source.name).to.equal(0);
      const atom = doc.documentElement.localName === 'feed';
      const entries = [...doc.getElementsByTagName(atom ? 'entry' : 'item')];
      // The builders write three RSS items or two Atom entries per vector.
      const perVector = atom ? 2 : 3;
      xssVectors.forEach(({ vector, label }, i) => {
        const [titled, other] = [entries[i * perVector], entries[i * perVector + 1]];
        const text = (el: Element, name: string) => el.getElementsByTagName(name)[0].textContent;
        const safe = xmlSafe(vector);
        // A raw carriage return is a line end, which XML parsers normalize; only the escaped form keeps it.
        const expected = source.name.includes('CDATA') ? safe.replace(/\r\n?/g, '\n') : safe;
        expect(text(titled, atom ? 'id' : 'guid'), `${source.name}, ${label}`).to.equal(`${safe}#${i}`);
        expect(titled.getElementsByTagName(atom ? 'link' : 'enclosure')[0].getAttribute(atom ? 'href' : 'url'), label).to.equal(safe);
        expect(text(other, atom ? 'summary' : 'description'), label).to.contain(expected);
      });
    }
  });

  it('ends an RSS feed carrying a raw null byte, which XML cannot hold, in the error state', async () => {
    const item = '<item><title>ok</title><pubDate>2024-05-01T00:00:00Z</pubDate></item>';
    const feed = (title: string) => ({ body: `<rss version="2.0"><channel><title>${title}</title>${item}</channel></rss>`, contentType: 'application/xml' });
    const widgets = await render('rss', [feed('a\0b'), feed('a\ufffdb')]);
    expect(widgets.map((el) => visibleState(el.shadowRoot!))).to.deep.equal(['error', 'posts']);
  });

  it('keeps a Mastodon bio of nothing but markup vectors inert', async function () {
    this.timeout(10_000);
    // All of them in one field at once: unclosed tags and comments swallow what follows them.
    const note = markupVectors.map(({ vector }) => vector).join('\n');
    const source = hostileSources.find(({ format }) => format === 'mastodon')!;
    const widgets = await render('mastodon', [source.author(note, 0)]);
    expectInert(widgets, ['Mastodon bio of every markup vector']);
  });
});
