// msw handlers shared by every test that needs a feed endpoint.
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupWorker } from 'msw/browser';
import { nativeFeed } from '../fixtures/native-feed.js';

/** The path where the reference feed is served. */
export const FEED_URL = '/feeds/cginisty.json';

/** Serves `body()` (the reference feed by default) at `path` and records each request it answers. */
export function servedFeed(path = FEED_URL, body: () => JsonBodyType = nativeFeed) {
  const requests: Request[] = [];
  const handler = http.get(path, ({ request }) => {
    requests.push(request);
    return HttpResponse.json(body());
  });
  return { handler, requests };
}

/** The default handlers: the reference feed at FEED_URL. */
export const feedHandlers = [servedFeed().handler];

/** The page's one msw worker; start it in `before()`, `resetHandlers()` after each test. */
export const worker = setupWorker(...feedHandlers);

/** Starts the worker, letting requests it has no handler for through. */
export function startWorker(): Promise<unknown> {
  return worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}
