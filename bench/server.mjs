// A small static server on 127.0.0.1 for the benchmark pages, the built widget, the peers' published files and
// the native feeds. It logs every body it sends, so a run can add up the bytes a page downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
// The copy of the widget's build that the pages load (see snapshotWidget).
const WIDGET_COPY = 'bench/node_modules/.widget';
// URL prefix -> folder: the widget as built, and each peer's files as npm installed them. The peers are the
// benchmark's own dependencies (bench/package.json), installed into bench/node_modules by `npm run bench`.
const MOUNTS = {
  '/dist/': WIDGET_COPY,
  '/peers/bsky-embed/': 'bench/node_modules/bsky-embed/dist',
  '/peers/mastodon-embed-timeline/': 'bench/node_modules/@idotj/mastodon-embed-timeline/dist',
  '/peers/emfed/': 'bench/node_modules/emfed',
  '/peers/dompurify/': 'bench/node_modules/dompurify/dist',
  // Made by bench/bundle.mjs before the server starts.
  '/peers/bluesky-profile-feed-embed/': 'bench/node_modules/.bundles/bluesky-profile-feed-embed',
};
const AVATAR =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="24" fill="#6a5acd"/>' +
  '<circle cx="24" cy="19" r="8" fill="#fff"/><path d="M10 40c3-8 9-11 14-11s11 3 14 11" fill="#fff"/></svg>';

/**
 * Copies the widget's build (`from`, a folder such as dist/) to the folder the pages load it from, before the first
 * page: dist/ is shared, and a rebuild during a run would otherwise mix two builds in one set of numbers. Returns
 * where the build came from: its folder, and the commit of the checkout it sits in, with `dirty` when that checkout's
 * src/ differed from the commit at this moment.
 */
export async function snapshotWidget(from) {
  const source = resolve(from);
  if (!existsSync(join(source, 'social-feed.js'))) throw new Error(`No social-feed.js in ${source}: build the widget first (\`npm run build\`).`);
  const checkout = dirname(source);
  const git = (...args) => execFileSync('git', ['-C', checkout, ...args], { encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src') !== '';
  const target = join(ROOT, WIDGET_COPY);
  await rm(target, { recursive: true, force: true });
  await cp(source, target, { recursive: true });
  return { folder: relative(ROOT, source) || '.', commit, dirty };
}

async function staticFile(pathname) {
  for (const [prefix, folder] of Object.entries(MOUNTS)) {
    if (!pathname.startsWith(prefix)) continue;
    const base = join(ROOT, folder);
    const file = normalize(join(base, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(base)) return undefined;
    try {
      return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Starts the server. `dynamic(url)` answers generated paths (`{ type, body }` or undefined).
 * Returns `{ origin, log, close }`; `log` collects `{ url, type, body }` of every 200 answer until emptied.
 */
export async function startServer(dynamic) {
  const missing = Object.values(MOUNTS).filter((folder) => !existsSync(join(ROOT, folder)));
  if (missing.length > 0) {
    throw new Error(
      `Missing ${missing.join(', ')}: build the widget and install the peers (\`npm ci --prefix bench\`), or run \`npm run bench\`.`,
    );
  }
  const log = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const found =
      url.pathname === '/bench/avatar.svg'
        ? { type: TYPES['.svg'], body: AVATAR }
        : ((await dynamic(url)) ?? (await staticFile(url.pathname)));
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = Buffer.from(found.body);
    log.push({ url: url.pathname + url.search, type: found.type, body });
    response.writeHead(200, { 'content-type': found.type, 'content-length': body.length, 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
