// Fetches one feed endpoint and turns the response into a Feed, or a FeedError that says why not.
import { adapt } from '../adapters/index.js';
import { FeedError } from '../errors.js';
import type { Feed, FeedFormat } from '../types.js';

/** How to load a feed. */
export interface LoadOptions {
  format: FeedFormat;
  /** Cancels the load; an abort rejects with the signal's own reason, not a FeedError. */
  signal?: AbortSignal;
  /** Milliseconds before giving up with `FeedError('timeout')`; 10 000 by default. */
  timeout?: number;
  /** The largest response accepted, in bytes; 2 MB by default. */
  maxBytes?: number;
}

// Only CORS-safelisted request headers, so a cross-origin feed needs no preflight.
const ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.1';

/** Fetches `url` without cookies and normalizes it; throws `FeedError`, or the caller's `AbortError` when it aborts. */
export async function loadFeed(
  url: string,
  { format, signal, timeout = 10_000, maxBytes = 2_000_000 }: LoadOptions,
): Promise<Feed> {
  const timer = AbortSignal.timeout(timeout);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timer]) : timer,
      credentials: 'omit',
      headers: { Accept: ACCEPT },
    });
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status} from ${url}`, response.status);
    text = await readText(response, maxBytes);
  } catch (error) {
    if (error instanceof FeedError || signal?.aborted) throw error;
    if (timer.aborted) throw new FeedError('timeout', `No complete response from ${url} within ${timeout} ms.`);
    throw new FeedError('network', `Could not fetch ${url}: ${String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError('invalid-json', `The response from ${url} is not JSON: ${String(error)}`);
  }
  return adapt(json, format, response.url || url);
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
