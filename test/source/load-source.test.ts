import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { loadFeed } from '../../src/source/load-source.js';
import { FeedError } from '../../src/errors.js';
import { nativeFeed } from '../fixtures/native-feed.js';
import { FEED_URL, servedFeed, startWorker, worker } from '../mocks/feed-handlers.js';

/** The FeedError (or other rejection) a load ends with. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

/** A body of `size` bytes, streamed in 1 KB chunks with no Content-Length. */
function streamOf(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
      sent += 1024;
      if (sent >= size) controller.close();
    },
  });
}

/** Counts body reads and cancels in the page (msw's worker does not pass a cancel back to the handler's stream). */
function watchReaders() {
  const proto = ReadableStreamDefaultReader.prototype;
  const { read, cancel } = proto;
  const calls = { read: 0, cancel: 0, restore: () => Object.assign(proto, { read, cancel }) };
  proto.read = function (this: ReadableStreamDefaultReader<Uint8Array>) {
    calls.read++;
    return read.call(this);
  };
  proto.cancel = function (this: ReadableStreamDefaultReader<Uint8Array>, reason?: unknown) {
    calls.cancel++;
    return cancel.call(this, reason);
  };
  return calls;
}

describe('loadFeed', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('normalizes the reference feed, newest post first', async () => {
    const { feed } = await loadFeed(FEED_URL, { format: 'native' });
    expect(feed.author.name).to.equal('Christophe Ginisty');
    expect(feed.links.map((link) => link.network)).to.deep.equal(['facebook', 'linkedin', 'skype', 'twitter', 'slideshare']);
    expect(feed.posts).to.have.length(6);
    expect(feed.posts[0].published?.toISOString()).to.equal('2017-03-26T16:09:00.000Z');
    expect(feed.posts[5].repostOf?.handle).to.equal('@NatachaQS');
  });

  it('resolves relative URLs in the feed against the URL it came from', async () => {
    worker.use(servedFeed(FEED_URL, () => nativeFeed({ author: { name: 'C', avatar: 'img/c.png' } })).handler);
    const { feed } = await loadFeed(FEED_URL, { format: 'native' });
    expect(feed.author.avatar).to.equal(new URL('/feeds/img/c.png', location.href).href);
  });

  it('asks for JSON without cookies and with only CORS-safelisted headers', async () => {
    const { handler, requests } = servedFeed();
    worker.use(handler);
    await loadFeed(FEED_URL, { format: 'native' });
    expect(requests).to.have.length(1);
    expect(requests[0].credentials).to.equal('omit');
    expect(requests[0].headers.get('cookie')).to.equal(null);
    expect(requests[0].headers.get('accept')).to.match(/^application\/feed\+json, application\/json/);
  });

  for (const status of [404, 500]) {
    it(`fails with an 'http' error carrying the status on HTTP ${status}`, async () => {
      worker.use(http.get(FEED_URL, () => new HttpResponse('nope', { status })));
      const error = await failure(loadFeed(FEED_URL, { format: 'native' }));
      expect(error).to.be.instanceOf(FeedError).and.include({ code: 'http', status });
      expect((error as FeedError).message).to.contain(String(status));
    });
  }

  it("fails with a 'network' error when the request cannot be made", async () => {
    worker.use(http.get(FEED_URL, () => HttpResponse.error()));
    const error = await failure(loadFeed(FEED_URL, { format: 'native' }));
    expect(error).to.be.instanceOf(FeedError).and.include({ code: 'network' });
  });

  it("fails with a 'timeout' error when no response comes in time", async () => {
    worker.use(http.get(FEED_URL, () => delay('infinite')));
    const error = await failure(loadFeed(FEED_URL, { format: 'native', timeout: 50 }));
    expect(error).to.be.instanceOf(FeedError).and.include({ code: 'timeout' });
  });

  it("rethrows the caller's own AbortError unchanged", async () => {
    worker.use(http.get(FEED_URL, () => delay('infinite')));
    const controller = new AbortController();
    const load = loadFeed(FEED_URL, { format: 'native', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await failure(load);
    expect(error).to.equal(controller.signal.reason);
    expect(error).to.be.instanceOf(DOMException).and.include({ name: 'AbortError' });
  });

  it("refuses a declared Content-Length over the cap with 'too-large', without reading the body", async () => {
    const body = JSON.stringify(nativeFeed());
    worker.use(http.get(FEED_URL, () => new HttpResponse(body, { headers: { 'Content-Length': String(body.length) } })));
    const readers = watchReaders();
    try {
      const error = await failure(loadFeed(FEED_URL, { format: 'native', maxBytes: 100 }));
      expect(error).to.be.instanceOf(FeedError).and.include({ code: 'too-large' });
      expect(readers).to.include({ read: 0, cancel: 1 });
    } finally {
      readers.restore();
    }
  });

  it("cancels a streamed body without Content-Length as soon as it passes the cap, with 'too-large'", async () => {
    worker.use(http.get(FEED_URL, () => new HttpResponse(streamOf(10_000_000))));
    const readers = watchReaders();
    try {
      const error = await failure(loadFeed(FEED_URL, { format: 'native', maxBytes: 4096 }));
      expect(error).to.be.instanceOf(FeedError).and.include({ code: 'too-large' });
      expect(readers.cancel).to.equal(1);
      // Chunk sizes depend on the browser's pipe, but far fewer reads than 10 MB would take.
      expect(readers.read).to.be.above(0).and.below(100);
    } finally {
      readers.restore();
    }
  });

  it("fails with 'invalid-json' on a body that is not JSON", async () => {
    worker.use(http.get(FEED_URL, () => HttpResponse.text('{"version": 1,')));
    const error = await failure(loadFeed(FEED_URL, { format: 'native' }));
    expect(error).to.be.instanceOf(FeedError).and.include({ code: 'invalid-json' });
  });

  describe('feeds as publishers serve them (issue #14)', () => {
    const RSS = '/feeds/whitespace.xml';
    const feed = (prefix: string) =>
      `${prefix}<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>TechCrunch</title><link>https://techcrunch.example/</link>` +
      '<item><title>Hello</title><link>https://techcrunch.example/hello</link><pubDate>Wed, 02 Nov 2011 17:29:59 +0000</pubDate></item></channel></rss>';

    // TechCrunch.xml, SamRuby.xml, youtube_atom.xml: a line break before the declaration; donthitsave.xml: a BOM.
    for (const [what, prefix, type] of [
      ['a line break', '\n', 'application/rss+xml'],
      ['spaces and line breaks, served as text/plain', '  \r\n\t', 'text/plain'],
      ['a byte order mark and a line break', '\uFEFF\n', 'text/plain; charset=utf-8'],
    ]) {
      it(`reads a feed with ${what} before its XML declaration, with format="auto"`, async () => {
        worker.use(http.get(RSS, () => new HttpResponse(new TextEncoder().encode(feed(prefix)), { headers: { 'Content-Type': type } })));
        const { feed: read } = await loadFeed(RSS, { format: 'auto' });
        expect(read.author.name).to.equal('TechCrunch');
        expect(read.posts.map((post) => post.url)).to.deep.equal(['https://techcrunch.example/hello']);
      });
    }
  });

  it("fails with 'invalid-shape' on JSON that is not a native feed", async () => {
    worker.use(http.get(FEED_URL, () => HttpResponse.json({ ...nativeFeed(), author: 'Christophe' })));
    const error = await failure(loadFeed(FEED_URL, { format: 'native' }));
    expect(error).to.be.instanceOf(FeedError).and.include({ code: 'invalid-shape' });
  });
});
