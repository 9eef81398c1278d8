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

/** Any image under /img/: a small SVG, so avatars and media load without a 404. */
const images = http.get(
  '/img/*',
  () =>
    new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#2b4c7e"/></svg>', {
      headers: { 'Content-Type': 'image/svg+xml' },
    }),
);

/** The default handlers: the reference feed at FEED_URL, and images. */
export const feedHandlers = [servedFeed().handler, images];

/** The page's one msw worker; start it in `before()`, `resetHandlers()` after each test. */
export const worker = setupWorker(...feedHandlers);

/** Starts the worker, letting requests it has no handler for through. */
export function startWorker(): Promise<unknown> {
  return worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}
