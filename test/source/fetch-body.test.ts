import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fetchBody } from '../../src/source/fetch-body.js';
import { startWorker, worker } from '../mocks/feed-handlers.js';

const ENDPOINT = '/feeds/encoded.xml';

/** Bytes of text in a single-byte encoding: each character's code point, as ISO-8859-1 and windows-1251 tables give. */
const bytes = (text: string, table: Record<string, number> = {}) => Uint8Array.from(text, (char) => table[char] ?? char.charCodeAt(0));
// The windows-1251 bytes of the Cyrillic letters used below.
const CP1251: Record<string, number> = { Н: 0xcd, о: 0xee, в: 0xe2, с: 0xf1, т: 0xf2, и: 0xe8 };

/** Serves `body` at ENDPOINT with `type`, whole or in chunks of `chunk` bytes. */
function serve(body: Uint8Array, type: string, chunk?: number) {
  worker.use(
    http.get(ENDPOINT, () => {
      if (!chunk) return new HttpResponse(body.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': type } });
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(body.slice(sent, sent + chunk));
          sent += chunk;
          if (sent >= body.length) controller.close();
        },
      });
      return new HttpResponse(stream, { headers: { 'Content-Type': type } });
    }),
  );
}

const text = async () => (await fetchBody(ENDPOINT)).text;

describe('fetchBody: decoding the body from its bytes (issue #14)', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('decodes a feed in the encoding its XML declaration names (rss_0.91_encoding_1.xml, ISO-8859-1)', async () => {
    serve(bytes('<?xml version="1.0" encoding="ISO-8859-1" ?>\n<rss version="0.91"><channel><title>Dicas técnicas</title></channel></rss>'), 'application/rss+xml');
    expect(await text()).to.contain('<title>Dicas técnicas</title>');
  });

  it('decodes a feed in the charset its Content-Type names, without a declaration (uolNoticias.rss)', async () => {
    serve(bytes('<rss><channel><title>Últimas Notícias</title></channel></rss>'), 'application/rss+xml; charset=ISO-8859-1');
    expect(await text()).to.contain('Últimas Notícias');
  });

  it('prefers the Content-Type charset to the XML declaration, as RFC 7303 says', async () => {
    serve(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Новости</title></channel></rss>', CP1251), 'text/xml; charset="windows-1251"');
    expect(await text()).to.contain('<title>Новости</title>');
  });

  it('reads the declaration in a single-quoted, spaced-out form, and multi-byte encodings (kc0011.rss, GB2312)', async () => {
    // "投资" in GB2312
    const title = [0xcd, 0xb6, 0xd7, 0xca];
    const head = bytes("<?xml version='1.0' encoding = 'gb2312' ?>\r\n<rss version=\"2.0\"><channel><title>");
    serve(Uint8Array.from([...head, ...title, ...bytes('</title></channel></rss>')]), 'application/rss+xml');
    expect(await text()).to.contain('<title>投资</title>');
  });

  it('finds a declaration that arrives over several chunks, and a character split between two', async () => {
    const body = new TextEncoder().encode(`<?xml version="1.0" encoding="utf-8"?><rss><channel><title>${'é'.repeat(2000)}</title></channel></rss>`);
    serve(body, 'application/rss+xml', 7);
    expect(await text()).to.contain(`<title>${'é'.repeat(2000)}</title>`);
    const latin = bytes(`  \n<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>${'é'.repeat(3000)}</title></channel></rss>`);
    serve(latin, 'application/rss+xml', 5);
    expect(await text()).to.contain(`<title>${'é'.repeat(3000)}</title>`);
  });

  it('lets a byte order mark decide over every label, and drops it', async () => {
    serve(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss>é</rss>')]), 'text/xml; charset=iso-8859-1');
    expect(await text()).to.equal('<?xml version="1.0" encoding="ISO-8859-1"?><rss>é</rss>');
  });

  it('falls back to UTF-8 for labels no browser knows, and for a declaration of UTF-16 read as ASCII', async () => {
    serve(new TextEncoder().encode('<?xml version="1.0" encoding="x-unknown-1"?><rss>é</rss>'), 'application/xml; charset=bogus');
    expect(await text()).to.contain('<rss>é</rss>');
    serve(new TextEncoder().encode('<?xml version="1.0" encoding="UTF-16"?><rss>é</rss>'), 'application/xml');
    expect(await text()).to.contain('<rss>é</rss>');
  });

  it('reads JSON as UTF-8 whatever it says inside, unless its Content-Type names a charset', async () => {
    serve(new TextEncoder().encode('{"title": "<?xml encoding=\\"iso-8859-1\\"?> é"}'), 'application/json');
    expect(await text()).to.equal('{"title": "<?xml encoding=\\"iso-8859-1\\"?> é"}');
    serve(bytes('{"title": "é"}'), 'application/json; charset=iso-8859-1');
    expect(await text()).to.equal('{"title": "é"}');
  });
});

describe('fetchBody: giving up', () => {
  it('times out and is cancelled even when the browser leaves the request pending past its abort', async () => {
    // WebKit can keep a fetch that a service worker holds pending after its signal aborts: such a fetch, here.
    const real = window.fetch;
    window.fetch = () => new Promise<Response>(() => undefined);
    try {
      const timedOut = await fetchBody(ENDPOINT, { timeout: 50 }).catch((error: unknown) => error);
      expect(timedOut).to.include({ name: 'FeedError', code: 'timeout' });
      const controller = new AbortController();
      const cancelled = fetchBody(ENDPOINT, { signal: controller.signal }).catch((error: unknown) => error);
      controller.abort(new DOMException('gone', 'AbortError'));
      expect(await cancelled).to.include({ name: 'AbortError', message: 'gone' });
    } finally {
      window.fetch = real;
    }
  });
});
