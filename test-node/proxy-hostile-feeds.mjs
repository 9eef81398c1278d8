// Pathological feeds for the RSS proxy, each under its 2 MB cap: some made the regular expressions it once read feeds
// with spend seconds to minutes of its single thread on one request, the rest are what a hand-written reader could
// trip on (unclosed constructs, repetition, depth). Shared by the proxy's test and by anyone measuring it:
// node test-node/proxy-hostile-feeds.mjs <proxy script> times each through a fresh proxy process.
const N = 100_000;
const DATE = '<pubDate>Mon, 24 Mar 2025 08:00:00 GMT</pubDate>';
/** An RSS channel around `items`. */
const channel = (items) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>${items}</channel></rss>`;

/** name -> the feed's text, and the status the proxy answers it with. */
export const HOSTILE = {
  '"<item>" x 100,000, never closed': { body: `<rss><channel>${'<item>'.repeat(N)}`, status: 502 },
  '"<![CDATA[" x 100,000': { body: '<![CDATA['.repeat(N), status: 502 },
  '"<![CDATA[" x 100,000 in an unclosed title': { body: `<rss><channel><item><title>${'<![CDATA['.repeat(N)}`, status: 502 },
  '"<![CDATA[" x 100,000 in a closed title': { body: channel(`<item><title>${'<![CDATA['.repeat(N)}</title>${DATE}</item>`), status: 502 },
  '"<!--" x 100,000, never closed': { body: `<rss><channel>${'<!--'.repeat(N)}`, status: 502 },
  '"<a " x 100,000': { body: `<rss><channel>${'<a '.repeat(N)}`, status: 502 },
  '"<title " x 100,000': { body: `<rss><channel>${'<title '.repeat(N)}`, status: 502 },
  '"</item>" x 100,000 with nothing open': { body: `<rss><channel>${'</item>'.repeat(N)}`, status: 502 },
  '100,000 attributes on one item': {
    body: channel(`<item ${Array.from({ length: N }, (_, i) => `a${i}="&amp;"`).join(' ')}><title>t</title>${DATE}</item>`),
    status: 200,
  },
  '100,000 elements nested': { body: channel(`${'<a>'.repeat(N)}${'</a>'.repeat(N)}`), status: 502 },
  '100,000 CDATA sections in a title': { body: channel(`<item><title>${'<![CDATA[x]]>'.repeat(N)}</title>${DATE}</item>`), status: 200 },
  '100,000 "&a" and "&#" in a title': { body: channel(`<item><title>${'&a&#'.repeat(N)}</title>${DATE}</item>`), status: 200 },
  '100,000 escaped "<a " in a description': { body: channel(`<item><description>${'&lt;a '.repeat(N)}</description>${DATE}</item>`), status: 200 },
  '100,000 escaped "<!--" in a description': { body: channel(`<item><description>${'&lt;!--'.repeat(N)}</description>${DATE}</item>`), status: 200 },
  '100,000 escaped "<p title=\\"" in a description': { body: channel(`<item><description>x${'&lt;p title="'.repeat(N)}</description>${DATE}</item>`), status: 200 },
  '40,000 links in the channel': { body: channel('<link rel="self" href="https://a.example/"/>'.repeat(40_000)), status: 200 },
  '20,000 items': { body: channel(`<item><title>t</title>${DATE}</item>`.repeat(20_000)), status: 200 },
};

/** Waits `ms` milliseconds. */
export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** When, in ms after the proxy has a whole hostile feed, to ask it for a good one: while it reads, then converts. */
export const GOOD_AFTER = [0, 20, 50, 100];

// Run directly: the time each hostile feed takes through the proxy at argv[2] (a fresh process each, so that one that
// is still busy cannot slow the next), and the slowest of good feeds asked for while it converts. Stops waiting after
// 120 s.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { createServer } = await import('node:http');
  const { once } = await import('node:events');
  const { proxyProcesses } = await import('./proxy-process.mjs');
  const GOOD = channel(`<item><title>Good</title>${DATE}</item>`);
  let hostile = '';
  let sent;
  const stub = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    if (request.url === '/good.xml') response.end(GOOD);
    else response.end(hostile, sent);
  });
  stub.listen(0, '127.0.0.1');
  await once(stub, 'listening');
  const base = `http://127.0.0.1:${stub.address().port}`;
  const proxies = proxyProcesses(process.argv[2]);
  const timed = async (url) => {
    const start = performance.now();
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) }).catch(() => ({ status: 'no answer' }));
    return { status: response.status, ms: Math.round(performance.now() - start) };
  };
  for (const [name, { body }] of Object.entries(HOSTILE)) {
    hostile = body;
    const proxy = await proxies.start({ RSS_ALLOWED_URLS: `${base}/hostile.xml ${base}/good.xml` });
    const done = new Promise((resolve) => (sent = resolve));
    const bad = timed(proxy);
    await done;
    const goods = GOOD_AFTER.map((ms) => delay(ms).then(() => timed(`${proxy}?url=${encodeURIComponent(`${base}/good.xml`)}`)));
    const [b, ...g] = await Promise.all([bad, ...goods]);
    const slowest = g.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`${name}: ${b.status} in ${b.ms} ms; the slowest good feed meanwhile: ${slowest.status} in ${slowest.ms} ms`);
    proxies.stopAll();
  }
  stub.close();
}
