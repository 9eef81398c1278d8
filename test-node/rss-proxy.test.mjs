// The README's RSS proxy, run as a real process against a stub feed server on 127.0.0.1. The native feed it answers is
// read back through the widget's own native adapter, from lib/ (npm test builds first). Run: node --test test-node/
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertGetAndHeadOnly, proxyProcesses } from './proxy-process.mjs';
import { adaptNative } from '../lib/source/adapters/native.js';

const PROXY = fileURLToPath(new URL('../demo/proxy/rss-proxy.mjs', import.meta.url));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Sam Rivera &amp; friends</title>
    <atom:link href="https://samrivera.example/feed.xml" rel="self" type="application/rss+xml" />
    <link>https://samrivera.example/</link>
    <description><![CDATA[Essays on the <em>open web</em>.]]></description>
    <image><url>/img/sam.png</url><title>Sam Rivera</title><link>https://samrivera.example/</link></image>
    <item>
      <title>Logical properties, one year later</title>
      <link>/posts/logical-properties</link>
      <guid isPermaLink="false">post-2</guid>
      <pubDate>Tue, 25 Mar 2025 09:30:00 +0100</pubDate>
      <description>&lt;p&gt;What broke.&lt;/p&gt;</description>
      <enclosure url="/img/desk.png" length="814" type="image/png" />
    </item>
    <item>
      <link>https://samrivera.example/notes/3</link>
      <dc:date>2025-03-26T18:09:00+02:00</dc:date>
      <description>&lt;p&gt;An untitled note: &lt;a href="https://w3.org/"&gt;W3C&lt;/a&gt; &amp;amp; &#233;t&#xe9;&lt;/p&gt;</description>
    </item>
    <item>
      <title>No date, never shown</title>
      <link>https://samrivera.example/undated</link>
    </item>
    <item>
      <title>A hostile link</title>
      <link>javascript:alert(1)</link>
      <pubDate>Mon, 24 Mar 2025 08:00:00 GMT</pubDate>
      <enclosure url="https://samrivera.example/talk.mp3" type="audio/mpeg" />
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Noor's notes</title>
  <subtitle>Short notes.</subtitle>
  <link rel="self" href="https://noor.example/notes.atom" />
  <link href="https://noor.example/" />
  <icon>https://noor.example/icon.png</icon>
  <updated>2025-03-26T10:00:00Z</updated>
  <entry>
    <title type="html">Tea &amp;lt;3</title>
    <link rel="alternate" type="text/html" href="https://noor.example/notes/1" />
    <link rel="enclosure" href="https://noor.example/notes/1.mp3" />
    <id>tag:noor.example,2025:1</id>
    <published>2025-03-26T09:00:00Z</published>
    <updated>2025-03-26T10:00:00Z</updated>
  </entry>
</feed>`;

const LATIN1 = Buffer.from(
  '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Christophe Ginisty</title>' +
    '<item><title>Quand les annonceurs en appellent à sortir des réseaux</title><pubDate>Wed, 16 Oct 2013 09:00:00 +0200</pubDate></item>' +
    '</channel></rss>',
  'latin1',
);

/** The stub feed server: records each request and answers `/feed.xml` with `reply`, `/notes.atom` with ATOM. */
const upstream = { requests: [], reply: { status: 200, type: 'application/rss+xml', body: RSS } };
const stub = createServer((request, response) => {
  upstream.requests.push(request.url);
  const { status, type, body } = request.url === '/notes.atom' ? { status: 200, type: 'application/atom+xml', body: ATOM } : upstream.reply;
  response.writeHead(status, { 'content-type': type, 'set-cookie': 'session=1' });
  response.end(body);
});
let feedUrl;
let atomUrl;

const proxy = proxyProcesses(PROXY);
/** Starts the proxy allowing the stub's two feeds, and `env`; resolves to its URL. */
const startProxy = (env) => proxy.start({ RSS_ALLOWED_URLS: `${feedUrl} ${atomUrl}`, ...env });

/** The proxy's URL for the feed at `url`. */
const proxied = (proxy, url) => `${proxy}?url=${encodeURIComponent(url)}`;

before(async () => {
  stub.listen(0, '127.0.0.1');
  await once(stub, 'listening');
  feedUrl = `http://127.0.0.1:${stub.address().port}/feed.xml`;
  atomUrl = `http://127.0.0.1:${stub.address().port}/notes.atom`;
});

beforeEach(() => {
  upstream.requests = [];
  upstream.reply = { status: 200, type: 'application/rss+xml', body: RSS };
});

after(() => {
  proxy.stopAll();
  stub.close();
});

describe('rss-proxy', () => {
  it('turns the RSS channel into the author and its items into posts, newest first, in the native format', async () => {
    const feed = await (await fetch(await startProxy())).json();
    assert.deepEqual(feed.author, {
      name: 'Sam Rivera & friends',
      url: 'https://samrivera.example/',
      avatar: new URL('/img/sam.png', feedUrl).href,
      bio: 'Essays on the open web.',
    });
    assert.deepEqual(feed.links, [{ network: 'website', label: 'samrivera.example', url: 'https://samrivera.example/' }]);
    assert.deepEqual(
      feed.posts.map(({ id, url, text, published }) => ({ id, url, text, published })),
      [
        { id: 'https://samrivera.example/notes/3', url: 'https://samrivera.example/notes/3', text: 'An untitled note: W3C & été', published: '2025-03-26T16:09:00.000Z' },
        { id: 'post-2', url: new URL('/posts/logical-properties', feedUrl).href, text: 'Logical properties, one year later', published: '2025-03-25T08:30:00.000Z' },
        { id: '2025-03-24T08:00:00.000Z', url: undefined, text: 'A hostile link', published: '2025-03-24T08:00:00.000Z' },
      ],
    );
    assert.equal(feed.version, 1);
  });

  it('keeps image enclosures as media, and nothing but http(s) URLs', async () => {
    const { posts } = await (await fetch(await startProxy())).json();
    assert.deepEqual(posts[1].media, [{ url: new URL('/img/desk.png', feedUrl).href, alt: '' }]);
    assert.deepEqual(posts[2].media, []);
    assert.ok(!JSON.stringify(posts).includes('javascript:'));
  });

  it('reads Atom: the feed is the author, entries are posts linked to their alternate page', async () => {
    const feed = await (await fetch(proxied(await startProxy(), atomUrl))).json();
    assert.deepEqual(feed.author, { name: "Noor's notes", url: 'https://noor.example/', avatar: 'https://noor.example/icon.png', bio: 'Short notes.' });
    assert.deepEqual(feed.posts, [
      { id: 'tag:noor.example,2025:1', url: 'https://noor.example/notes/1', text: 'Tea <3', published: '2025-03-26T09:00:00.000Z', media: [] },
    ]);
  });

  it('reads a feed in the charset its XML declaration names', async () => {
    upstream.reply = { status: 200, type: 'application/rss+xml', body: LATIN1 };
    const { posts } = await (await fetch(await startProxy())).json();
    assert.equal(posts[0].text, 'Quand les annonceurs en appellent à sortir des réseaux');
  });

  it("answers what the widget's native adapter reads", async () => {
    const proxy = await startProxy();
    const feed = adaptNative(await (await fetch(proxy)).json(), { baseUrl: proxy });
    assert.equal(feed.author.name, 'Sam Rivera & friends');
    assert.deepEqual(
      feed.posts.map((post) => post.text),
      ['An untitled note: W3C & été', 'Logical properties, one year later', 'A hostile link'],
    );
  });

  it('answers JSON a CDN may keep five minutes and serve stale ten more, to the allowed origin', async () => {
    const response = await fetch(await startProxy({ ALLOWED_ORIGIN: 'https://blog.example' }));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300, stale-while-revalidate=600');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://blog.example');
    assert.equal(response.headers.get('set-cookie'), null);
  });

  it('sends no CORS header when no origin is allowed', async () => {
    const response = await fetch(await startProxy());
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('fetches only the URLs on its allow-list', async () => {
    const response = await fetch(proxied(await startProxy(), `${feedUrl}?other`));
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(upstream.requests, []);
  });

  it('fetches a feed once for all readers while the answer is fresh', async () => {
    const proxy = await startProxy();
    const bodies = await Promise.all([1, 2, 3].map(() => fetch(proxy).then((response) => response.text())));
    assert.equal(await (await fetch(proxy)).text(), bodies[0]);
    assert.deepEqual(new Set(bodies).size, 1);
    assert.deepEqual(upstream.requests, ['/feed.xml']);
  });

  it('answers 502 uncached when the feed fails, and fetches it again next time', async () => {
    upstream.reply = { status: 404, type: 'text/html', body: '<h1>Not found</h1>' };
    const proxy = await startProxy();
    const response = await fetch(proxy);
    assert.equal(response.status, 502);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), { error: 'The feed answered HTTP 404.' });
    upstream.reply = { status: 200, type: 'application/rss+xml', body: RSS };
    assert.equal((await fetch(proxy)).status, 200);
    assert.equal(upstream.requests.length, 2);
  });

  it('answers 502 for a body that is not RSS or Atom, and for one over 2 MB', async () => {
    upstream.reply = { status: 200, type: 'text/html', body: '<!doctype html><title>A page</title>' };
    const proxy = await startProxy();
    assert.deepEqual(await (await fetch(proxy)).json(), { error: 'The feed is not RSS or Atom.' });
    upstream.reply = { status: 200, type: 'application/rss+xml', body: RSS.replace('</channel>', `<!--${'x'.repeat(2 ** 21)}--></channel>`) };
    assert.deepEqual(await (await fetch(proxy)).json(), { error: 'The feed is over 2 MB.' });
  });

  it('answers only GET and HEAD', async () => assertGetAndHeadOnly(await startProxy()));

  it('refuses to start without an allow-list', async () => {
    const { code, errors } = await proxy.run({});
    assert.equal(code, 1);
    assert.match(errors, /RSS_ALLOWED_URLS/);
  });
});
