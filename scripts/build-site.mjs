// `npm run build:site` (after the build): the demo as a static site in site/ (or `--out DIR`), for any static host
// under any sub-path. The pages and what they need are copied with relative URLs only; each mocked feed endpoint the
// dev server answers live becomes a file written now by the same generator (demo/feeds/endpoints.mjs), so the
// posts' times count from the build. Endpoint paths that have no extension get one, and the pages' `src` attributes
// point at the files relatively, with `format` said where the path gave it away.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyText, endpoints } from '../demo/feeds/endpoints.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMO = join(ROOT, 'demo');
const DIST = join(ROOT, 'dist');
/** The root page's marker: the build only ever empties a folder it wrote itself. */
const GENERATOR = 'social-feed-element scripts/build-site.mjs';

// Parts of demo/ that are no page's: the generators (their output is written instead), the server-side proxies,
// and the framework recipes, which need their framework's build.
const SKIPPED = ['feeds', 'proxy', 'frameworks/react', 'frameworks/svelte', 'frameworks/vue'].map((path) => join(DEMO, path));

// Sentences that speak of the dev server, as the site says them.
const WORDING = [
  [
    'an endpoint that this dev server answers with a response shaped like the network’s documented one, dated back from now.',
    'a file shaped like the network’s documented response, written when this site was built (its times count from then).',
  ],
];

/** Posix path of a file of the site, relative to its root, for the endpoint `path` (`/api/x/…/tweets` → `api/x/…/tweets.json`). */
const siteFile = (path) => (endpoints[path].file ?? path).slice(1);

/** The relative URL that leads from a file in `fromDir` to the site's root: `..`, `../..`, or `.` at the root. */
const toRoot = (fromDir) => posix.relative(fromDir, '') || '.';

/** The site's URL of one source token in a page in `fromDir`, and its format, or undefined when it is no demo endpoint. */
function mapSource(token, fromDir) {
  const path = token.split('?')[0];
  if (!token.startsWith('/') || !Object.hasOwn(endpoints, path)) return undefined;
  return { url: posix.relative(fromDir, siteFile(path)), format: endpoints[path].format };
}

/**
 * A demo page with its endpoints pointing at the site's files: the `src` of each `<social-feed>`, the `value` of the
 * playground's examples and source field. Code samples (`&lt;social-feed …`) stay as the reader would write them.
 * Links to a folder name its index.html, for hosts that serve no folder index.
 */
export function rewritePage(html, pagePath) {
  const fromDir = posix.dirname(pagePath);
  let page = html.replace(/<(social-feed|option|input)\b[^>]*>/g, (tag, name) => {
    const attribute = name === 'social-feed' ? 'src' : 'value';
    const found = new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag);
    if (!found) return tag;
    const tokens = found[1].split(/\s+/).filter(Boolean);
    const mapped = tokens.map((token) => mapSource(token, fromDir));
    if (!mapped.some(Boolean)) return tag;
    const value = tokens.map((token, index) => mapped[index]?.url ?? token).join(' ');
    let rewritten = tag.replace(found[0], ` ${attribute}="${value}"`);
    // One source whose path named its format: the file's name no longer does, so the page says it.
    const format = tokens.length === 1 ? mapped[0]?.format : undefined;
    if (format && name === 'social-feed' && !/\sformat=/.test(tag)) {
      rewritten = rewritten.replace(` ${attribute}="${value}"`, ` ${attribute}="${value}" format="${format}"`);
    }
    if (format && name === 'option') rewritten = rewritten.replace(/\sdata-format="auto"/, ` data-format="${format}"`);
    return rewritten;
  });
  page = page.replace(/(<a\b[^>]*\shref=")((?:\.{1,2}\/)+|[^":?#]*\/)"/g, (match, start, folder) =>
    folder.startsWith('/') ? match : `${start}${folder}index.html"`,
  );
  for (const [from, to] of WORDING) {
    const words = from.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    page = page.replace(new RegExp(words.join('\\s+'), 'g'), to);
  }
  return page;
}

/** Throws when a tag of the page still holds a root-relative URL: under a sub-path it would leave the site. */
function checkRelative(html, pagePath) {
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    const absolute = /\s(?:src|href|value|action|poster|data)="(\/[^/"][^"]*|\/)"/i.exec(tag);
    if (absolute) throw new Error(`${pagePath}: a root-relative URL the site cannot serve under a sub-path: ${absolute[1]}`);
  }
}

/** Empties `out` when it is a site this script wrote (or empty, or absent); refuses any other folder. */
function prepare(out) {
  if (ROOT === out || ROOT.startsWith(out.endsWith(sep) ? out : `${out}${sep}`)) {
    throw new Error(`Refusing to build the site into ${out}: it holds the project.`);
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    const index = join(out, 'index.html');
    if (!existsSync(index) || !readFileSync(index, 'utf8').includes(GENERATOR)) {
      throw new Error(`Refusing to empty ${out}: it is not a site this script built. Pick another --out.`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

/** The site's own front page: it leads to the demo. */
const frontPage = () => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="generator" content="${GENERATOR}" />
    <meta http-equiv="refresh" content="0; url=demo/index.html" />
    <title>social-feed demo</title>
    <!-- No icon request: the browser would otherwise ask the host's root for /favicon.ico, outside the site. -->
    <link rel="icon" href="data:," />
  </head>
  <body>
    <p><a href="demo/index.html">The social-feed demo</a></p>
  </body>
</html>
`;

/** Builds the site into `out`; resolves to `{ out, pages, feeds }` (paths relative to `out`). */
export function buildSite({ out = join(ROOT, 'site'), now = Date.now() } = {}) {
  if (!existsSync(join(DIST, 'social-feed.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm run build:site` does).');
  out = resolve(out);
  prepare(out);

  // The widget: its files as the package ships them, without the source maps (they point at src/, which the site has not).
  mkdirSync(join(out, 'dist'));
  for (const name of readdirSync(DIST)) {
    if (/\.(?:js|json)$/.test(name)) cpSync(join(DIST, name), join(out, 'dist', name));
  }

  // The demo: pages, styles, scripts and assets.
  cpSync(DEMO, join(out, 'demo'), {
    recursive: true,
    filter: (source) => !SKIPPED.some((skipped) => source === skipped || source.startsWith(`${skipped}${sep}`)),
  });
  const pages = readdirSync(join(out, 'demo'), { recursive: true })
    .map((name) => posix.join('demo', name.split(sep).join('/')))
    .filter((name) => name.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const html = rewritePage(readFileSync(join(out, page), 'utf8'), page);
    checkRelative(html, page);
    writeFileSync(join(out, page), html);
  }

  // The feeds: each endpoint's body now, its assets' URLs relative to the file (adapters resolve them against it).
  const feeds = [];
  for (const path of Object.keys(endpoints)) {
    const file = siteFile(path);
    const origin = toRoot(posix.dirname(file));
    const body = bodyText(endpoints[path].build(now, origin)).replace(/(["'>])\/demo\//g, `$1${origin}/demo/`);
    const left = /(["'>])\/(?:demo|api|xrpc)\//.exec(body);
    if (left) throw new Error(`${path}: the body still holds a root-relative URL (${left[0]}…)`);
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), body);
    feeds.push(file);
  }

  writeFileSync(join(out, 'index.html'), frontPage());
  return { out, pages: ['index.html', ...pages], feeds };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  if (at > 0 && !process.argv[at + 1]) throw new Error('--out needs a folder: node scripts/build-site.mjs --out DIR');
  const { out, pages, feeds } = buildSite(at > 0 ? { out: process.argv[at + 1] } : {});
  console.log(`${relative(process.cwd(), out) || '.'}/: ${pages.length} pages, ${feeds.length} feeds. Serve the folder from any static host, under any path.`);
}
