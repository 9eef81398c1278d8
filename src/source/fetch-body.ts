// One HTTP GET with the widget's rules: no cookies, no referrer, a timeout, a size cap, and FeedError for every failure.
import { FeedError } from '../errors.js';
import { anySignal } from './signals.js';

/** Limits for one request. */
export interface FetchOptions {
  /** Cancels the request; an abort rejects with the signal's own reason, not a FeedError. */
  signal?: AbortSignal;
  /** Milliseconds before giving up with `FeedError('timeout')`; 10 000 by default. */
  timeout?: number;
  /** The largest response accepted, in bytes; 2 MB by default. */
  maxBytes?: number;
  /** Validators of the copy already held: sent as `If-None-Match` / `If-Modified-Since`. */
  validators?: Validators;
}

/** What the server said identifies this version of the response. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A response body read in full; `notModified` (HTTP 304) when the copy held is still current, with no text. */
export interface Body extends Validators {
  notModified?: boolean;
  text: string;
  /** The `Content-Type`, lower-cased, or an empty string. */
  type: string;
  /** The final URL, after redirects. */
  url: string;
}

// A CORS-safelisted header: alone, it lets a cross-origin request go without a preflight.
const ACCEPT = 'application/feed+json, application/json;q=0.9, application/xml;q=0.8, */*;q=0.1';

/** Fetches `url` without cookies; throws `FeedError`, or the caller's `AbortError` when it aborts. */
export async function fetchBody(url: string, { signal, timeout = 10_000, maxBytes = 2_000_000, validators }: FetchOptions = {}): Promise<Body> {
  const timer = AbortSignal.timeout(timeout);
  const headers: Record<string, string> = { Accept: ACCEPT };
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  try {
    // No referrer: the page's address (its query included, under a lax page policy) is none of the feed host's business.
    const aborts = signal ? anySignal([signal, timer]) : timer;
    // WebKit does not always reject a fetch that a service worker holds when its signal aborts: the abort settles it.
    const aborted = new Promise<never>((_, reject) => aborts.addEventListener('abort', () => reject(aborts.reason), { once: true }));
    const response = await Promise.race([
      fetch(url, { signal: aborts, credentials: 'omit', referrerPolicy: 'no-referrer', headers }),
      aborted,
    ]);
    const body = { text: '', type: '', url: response.url || url, etag: validators?.etag, lastModified: validators?.lastModified };
    if (response.status === 304) return { ...body, notModified: true };
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status} from ${url}`, response.status);
    return {
      ...body,
      text: await readText(response, maxBytes),
      type: response.headers.get('content-type')?.toLowerCase() ?? '',
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    // The caller's own reason, whatever error the browser's fetch rejected with (WebKit uses its own AbortError).
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted) throw new FeedError('timeout', `No complete response from ${url} within ${timeout} ms.`);
    throw new FeedError('network', `Could not fetch ${url}: ${String(error)}`);
  }
}

/** The body parsed as JSON; throws `FeedError('invalid-json')`. */
export function parseJson(body: Body): unknown {
  try {
    return JSON.parse(body.text);
  } catch (error) {
    throw new FeedError('invalid-json', `The response from ${body.url} is not JSON: ${String(error)}`);
  }
}

/** The body as text in its declared encoding, refusing it (and cancelling the download) once it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  const refuse = () => {
    // The stream may have failed already; the answer is the same.
    reader?.cancel().catch(() => undefined);
    return new FeedError('too-large', `The response is larger than ${maxBytes} bytes.`);
  };
  if (Number(response.headers.get('content-length')) > maxBytes) throw refuse();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) throw refuse();
    chunks.push(chunk.value);
  }
  // Decoded whole, once its first bytes have said in which encoding.
  const bytes = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
  return decoderFor(bytes, response.headers.get('content-type') ?? '').decode(bytes);
}

// A byte order mark's first two bytes (UTF-8's third, BF, follows EF BB in any UTF-8 text).
const BOMS: Record<number, string> = { 0xefbb: 'utf-8', 0xfeff: 'utf-16be', 0xfffe: 'utf-16le' };

/**
 * The decoder of a body: a byte order mark decides (as browsers decide for every document), then the `Content-Type`
 * charset, then, for markup, the XML declaration's `encoding`, then UTF-8, JSON's only encoding. `TextDecoder` knows
 * every encoding of the web (ISO-8859-1 as windows-1252, GB2312 as GBK); a label it does not know is passed over.
 */
function decoderFor(bytes: Uint8Array, type: string): TextDecoder {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  // The declaration is ASCII in every encoding it can name here: one read as ASCII that says UTF-16 is wrong, and UTF-8.
  for (const label of [
    BOMS[(bytes[0] << 8) | bytes[1]],
    /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(type)?.[1],
    /^\s*<\?xml\s[^>]*\bencoding\s*=\s*["']\s*([\w.:-]+)/.exec(head)?.[1].replace(/^utf-?16\w*$/i, 'utf-8'),
  ]) {
    try {
      if (label) return new TextDecoder(label);
    } catch {
      // RangeError: a label no browser knows; the next clue, or UTF-8.
    }
  }
  return new TextDecoder();
}
