// One HTTP GET with the widget's rules: no cookies, a timeout, a size cap, and FeedError for every failure.
import { FeedError } from '../errors.js';

/** Limits for one request. */
export interface FetchOptions {
  /** Cancels the request; an abort rejects with the signal's own reason, not a FeedError. */
  signal?: AbortSignal;
  /** Milliseconds before giving up with `FeedError('timeout')`; 10 000 by default. */
  timeout?: number;
  /** The largest response accepted, in bytes; 2 MB by default. */
  maxBytes?: number;
}

/** A response body read in full. */
export interface Body {
  text: string;
  /** The `Content-Type`, lower-cased, or an empty string. */
  type: string;
  /** The final URL, after redirects. */
  url: string;
}

// Only CORS-safelisted request headers, so a cross-origin feed needs no preflight.
const ACCEPT = 'application/feed+json, application/json;q=0.9, application/xml;q=0.8, */*;q=0.1';

/** Fetches `url` without cookies; throws `FeedError`, or the caller's `AbortError` when it aborts. */
export async function fetchBody(url: string, { signal, timeout = 10_000, maxBytes = 2_000_000 }: FetchOptions = {}): Promise<Body> {
  const timer = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timer]) : timer,
      credentials: 'omit',
      headers: { Accept: ACCEPT },
    });
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status} from ${url}`, response.status);
    return {
      text: await readText(response, maxBytes),
      type: response.headers.get('content-type')?.toLowerCase() ?? '',
      url: response.url || url,
    };
  } catch (error) {
    if (error instanceof FeedError || signal?.aborted) throw error;
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

/** The body as text, refusing it (and cancelling the download) once it passes `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  const refuse = () => {
    // The stream may have failed already; the answer is the same.
    reader?.cancel().catch(() => undefined);
    return new FeedError('too-large', `The response is larger than ${maxBytes} bytes.`);
  };
  if (Number(response.headers.get('content-length')) > maxBytes) throw refuse();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) throw refuse();
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}
