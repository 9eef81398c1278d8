// The RSS proxy against a hostile feed or upstream, run as a real process against stub servers on 127.0.0.1: redirects
// off its allow-list, feeds built to stall its single thread, markup that forges posts or the author, references that
// decode twice or into something else, bodies over its cap, and a request target that does not parse.
// Run: node --test test-node/
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { delay, GOOD_AFTER, HOSTILE } from './proxy-hostile-feeds.mjs';
import { proxyProcesses, streamLargeBody } from './proxy-process.mjs';

const PROXY = fileURLToPath(new URL('../demo/proxy/rss-proxy.mjs', import.meta.url));
const BUDGET = 1000; // ms, for anything the proxy answers; a linear reader needs a few tens
const DATE = '<pubDate>Mon, 24 Mar 2025 08:00:00 GMT</pubDate>';
const GOOD = `<rss version="2.0"><channel><title>Good</title><link>https://good.example/</link><item><title>A good post</title>${DATE}</item></channel></rss>`;
const rss = (channel) => `<?xml version="1.0"?><rss version="2.0"><channel>${channel}</channel></rss>`;

/** The stub upstream: path -> handler; `requests` records every path asked for. */
const routes = new Map();
const requests = [];
const stub = createServer((request, response) => {
  requests.push(request.url);
  const route = routes.get(request.url);
  if (route) route(request, response);
  else response.writeHead(404).end();
});
/** Serves `body` as RSS at `path`; calls `sent` once all of it is written. */
const serve = (path, body, sent) =>
  routes.set(path, (request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end(body, sent);
  });
const redirect = (path, location, status = 302) => routes.set(path, (request, response) => response.writeHead(status, { location }).end());
let base;

const proxy = proxyProcesses(PROXY);
/** Starts a proxy allowed to fetch `paths` of the stub; resolves to a function giving its URL for one of them. */
async function startProxy(...paths) {
  const url = await proxy.start({ RSS_ALLOWED_URLS: paths.map((path) => base + path).join(' ') });
  return (path) => `${url}?url=${encodeURIComponent(base + path)}`;
}
/** Fetches `url`: its status, text and how long it took, or status 0 when nothing came back in 10 s. */
async function timed(url) {
  const start = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, text: await response.text(), ms: performance.now() - start };
  } catch {
    return { status: 0, text: '', ms: performance.now() - start };
  }
}

before(async () => {
  stub.listen(0, '127.0.0.1');
  await once(stub, 'listening');
  base = `http://127.0.0.1:${stub.address().port}`;
  serve('/good.xml', GOOD);
});

after(() => {
  proxy.stopAll();
  stub.closeAllConnections();
  stub.close();
});

describe('rss-proxy redirects', () => {
  it('never fetches a redirect off its allow-list, and does not say where it pointed', async () => {
    serve('/internal', rss(`<title>Internal secrets</title><item><title>secret</title>${DATE}</item>`));
    const locations = ['/internal', `${base}/internal`, `//127.0.0.1:${new URL(base).port}/internal`, '/good.xml?other', 'http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd'];
    locations.forEach((location, i) => redirect(`/moved/${i}`, location));
    const proxied = await startProxy(...locations.map((location, i) => `/moved/${i}`), '/good.xml');
    for (const [i, location] of locations.entries()) {
      requests.length = 0;
      const response = await fetch(proxied(`/moved/${i}`));
      assert.equal(response.status, 502, location);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = await response.text();
      assert.deepEqual(Object.keys(JSON.parse(body)), ['error']);
      assert.ok(!/internal|127\.0\.0|169\.254|passwd|other/i.test(body), body);
      assert.deepEqual(requests, [`/moved/${i}`], location);
    }
  });

  it('follows a redirect to another allowed URL, and reads the feed there against its own URL', async () => {
    redirect('/old-feed', 'feeds/../good.xml', 301);
    serve('/relative.xml', rss(`<title>Relative</title><item><title>t</title><link>posts/1</link>${DATE}</item>`));
    redirect('/old-relative', `${base}/relative.xml`, 308);
    const proxied = await startProxy('/old-feed', '/good.xml', '/old-relative', '/relative.xml');
    const feed = await (await fetch(proxied('/old-feed'))).json();
    assert.equal(feed.author.name, 'Good');
    assert.equal(feed.posts[0].text, 'A good post');
    const relative = await (await fetch(proxied('/old-relative'))).json();
    assert.equal(relative.posts[0].url, `${base}/posts/1`);
  });

  it('gives up on a redirect loop between allowed URLs after a few', async () => {
    redirect('/loop-a', '/loop-b');
    redirect('/loop-b', '/loop-a');
    const proxied = await startProxy('/loop-a', '/loop-b');
    requests.length = 0;
    const response = await timed(proxied('/loop-a'));
    assert.equal(response.status, 502);
    assert.ok(requests.length <= 6, `${requests.length} requests`);
  });
});

describe('rss-proxy against feeds built to stall it', () => {
  it('answers each within a second, and a good feed asked for meanwhile within a second too', async (t) => {
    const names = Object.keys(HOSTILE);
    const proxied = await startProxy(...names.map((name, i) => `/hostile/${i}`), '/good.xml');
    for (const [i, name] of names.entries()) {
      const sent = new Promise((resolve) => serve(`/hostile/${i}`, HOSTILE[name].body, resolve));
      const hostile = timed(proxied(`/hostile/${i}`));
      await sent; // the proxy has, or is about to have, the whole hostile feed, and converts it next
      const goods = await Promise.all(GOOD_AFTER.map((ms) => delay(ms).then(() => timed(proxied('/good.xml')))));
      const bad = await hostile;
      const slowest = Math.round(Math.max(...goods.map((good) => good.ms)));
      t.diagnostic(`${name}: ${bad.status} in ${Math.round(bad.ms)} ms; the slowest good feed meanwhile in ${slowest} ms`);
      assert.equal(bad.status, HOSTILE[name].status, name);
      assert.ok(bad.ms < BUDGET, `${name}: ${Math.round(bad.ms)} ms`);
      for (const good of goods) {
        assert.equal(good.status, 200, name);
        assert.equal(JSON.parse(good.text).posts[0].text, 'A good post');
      }
      assert.ok(slowest < BUDGET, `${name}: a good feed took ${slowest} ms`);
    }
  });

  it('keeps at most 50 posts from a huge feed, newest first', async () => {
    serve('/many.xml', HOSTILE['20,000 items'].body);
    const proxied = await startProxy('/many.xml');
    const { posts } = await (await fetch(proxied('/many.xml'))).json();
    assert.equal(posts.length, 50);
  });
});

describe('rss-proxy against forged markup', () => {
  it('does not end an item at an "</item>" inside CDATA, so an item cannot forge another post', async () => {
    serve(
      '/forged-item.xml',
      rss(
        `<title>Blog</title><item><title>A real post</title>${DATE}<description><![CDATA[Hello` +
          `</description></item><item><title>FORGED</title><link>https://evil.example/</link>` +
          `<pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate><description>]]></description></item>`,
      ),
    );
    const proxied = await startProxy('/forged-item.xml');
    const body = await (await fetch(proxied('/forged-item.xml'))).text();
    assert.deepEqual(
      JSON.parse(body).posts.map(({ text, url, published }) => ({ text, url, published })),
      [{ text: 'A real post', url: undefined, published: '2025-03-24T08:00:00.000Z' }],
    );
    assert.ok(!/FORGED|evil\.example|2100/.test(body));
  });

  it('does not end an item at an "</item>" inside a comment', async () => {
    serve('/commented-item.xml', rss(`<item><title>Real</title>${DATE}<!-- </item><item><title>FORGED</title>${DATE} --></item>`));
    const proxied = await startProxy('/commented-item.xml');
    const { posts } = await (await fetch(proxied('/commented-item.xml'))).json();
    assert.deepEqual(posts.map((post) => post.text), ['Real']);
  });

  it("takes the author from the channel's own title and link, not from a comment, CDATA or an item", async () => {
    serve(
      '/forged-author.xml',
      rss(
        '<!-- <title>FORGED comment</title><link>https://evil.example/</link> -->' +
          '<description><![CDATA[<title>FORGED cdata</title><link>https://evil.example/</link>]]></description>' +
          '<textInput><title>FORGED form</title><link>https://evil.example/</link></textInput>' +
          `<title>The real blog</title><link>https://real.example/</link><item><title>t</title>${DATE}</item>`,
      ),
    );
    const proxied = await startProxy('/forged-author.xml');
    const feed = await (await fetch(proxied('/forged-author.xml'))).json();
    assert.equal(feed.author.name, 'The real blog');
    assert.equal(feed.author.url, 'https://real.example/');
    assert.deepEqual(feed.links, [{ network: 'website', label: 'real.example', url: 'https://real.example/' }]);
  });
});

describe('rss-proxy decoding', () => {
  it('decodes each layer once: the XML, then a title or description as HTML; an id or URL only as XML', async () => {
    serve(
      '/layers.xml',
      rss(
        '<title>AT&amp;amp;T &amp;lt;script&amp;gt;</title><image><url>https://good.example/a.png?x=1&amp;amp;y=2</url></image>' +
          `<item><title>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &lt;b&gt;bold&lt;/b&gt; &amp;amp;lt;</title>${DATE}` +
          '<guid>tag:good.example,2025:&amp;lt;1&amp;gt;</guid></item>' +
          '<item><description><![CDATA[<p>CDATA &amp;lt;b&amp;gt; <b>kept</b></p>]]></description><pubDate>Sun, 23 Mar 2025 08:00:00 GMT</pubDate></item>',
      ),
    );
    const proxied = await startProxy('/layers.xml');
    const feed = await (await fetch(proxied('/layers.xml'))).json();
    // XML: &amp;amp;T -> &amp;T; HTML: -> &T. The HTML's own decoding is the last: its "<script>" is text, never markup.
    assert.equal(feed.author.name, 'AT&T <script>');
    assert.deepEqual(
      feed.posts.map((post) => post.text),
      ['<script>alert(1)</script> bold &lt;', 'CDATA &lt;b&gt; kept'],
    );
    // Not HTML: one XML decoding, nothing more.
    assert.equal(feed.posts[0].id, 'tag:good.example,2025:&lt;1&gt;');
    assert.equal(feed.author.avatar, 'https://good.example/a.png?x=1&amp;y=2');
  });

  it('leaves unknown entity names and references to no character as written', async () => {
    const written = '&constructor; &__proto__; &toString; &hasOwnProperty; &#0; &#xD800; &#57343; &#x110000; &#1114112; &#x1;';
    serve('/references.xml', rss(`<title>${written}</title><item><title>${written} &#x1F600;&#233;</title>${DATE}</item>`));
    const proxied = await startProxy('/references.xml');
    const feed = await (await fetch(proxied('/references.xml'))).json();
    assert.equal(feed.author.name, written);
    assert.equal(feed.posts[0].text, `${written} 😀é`);
  });
});

describe('rss-proxy caps', () => {
  it('stops reading a feed over 2 MB and closes the upstream connection', async () => {
    let upstream;
    routes.set('/endless.xml', (request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      upstream = streamLargeBody(response, 256 * 2 ** 20, '<rss><channel><!--');
    });
    const proxied = await startProxy('/endless.xml');
    const response = await timed(proxied('/endless.xml'));
    assert.equal(response.status, 502);
    assert.deepEqual(JSON.parse(response.text), { error: 'The feed is over 2 MB.' });
    const { sent, complete } = await upstream;
    assert.equal(complete, false);
    assert.ok(sent < 32 * 2 ** 20, `${sent} bytes sent`);
  });

  it('refuses a feed that says it is over 2 MB without reading it', async () => {
    let upstream;
    routes.set('/declared.xml', (request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(256 * 2 ** 20) });
      upstream = streamLargeBody(response, 256 * 2 ** 20, '<rss><channel><!--');
    });
    const proxied = await startProxy('/declared.xml');
    const response = await timed(proxied('/declared.xml'));
    assert.equal(response.status, 502);
    assert.deepEqual(JSON.parse(response.text), { error: 'The feed is over 2 MB.' });
    assert.equal((await upstream).complete, false);
  });
});

describe('rss-proxy requests', () => {
  it('survives a request target that is not a URL', async () => {
    const proxied = await startProxy('/good.xml');
    const { port } = new URL(proxied('/good.xml'));
    const socket = connect(Number(port), '127.0.0.1');
    socket.end('GET //[ HTTP/1.1\r\nHost: proxy\r\nConnection: close\r\n\r\n');
    let reply = '';
    for await (const chunk of socket) reply += chunk;
    assert.match(reply, /^HTTP\/1\.1 4\d\d /);
    assert.equal((await timed(proxied('/good.xml'))).status, 200);
  });
});
