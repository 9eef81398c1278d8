// Byte counts of what a page downloaded for a widget: as served, minified (what it could have been) and gzip of
// what was served (what a compressing server sends). Only scripts, styles and JSON count; images and the page do not.
import { transform } from 'esbuild';
import { gzipSync } from 'node:zlib';

const cache = new Map();

/** The kind of a response by its content type: `js`, `css`, `json`, or undefined when it does not count. */
function kindOf(contentType = '') {
  if (/javascript/.test(contentType)) return 'js';
  if (/css/.test(contentType)) return 'css';
  if (/json/.test(contentType)) return 'json';
  return undefined;
}

async function minify(kind, body) {
  if (kind === 'json') return Buffer.byteLength(JSON.stringify(JSON.parse(body.toString())));
  const { code } = await transform(body.toString(), { loader: kind, minify: true, legalComments: 'none' });
  return Buffer.byteLength(code);
}

/** `{ raw, min, gzip }` of one response body; the same URL (the data is deterministic) is measured once. */
async function sizeOf(url, kind, body) {
  let sizes = cache.get(url);
  if (!sizes) {
    const raw = body.length;
    // A body already smaller than its minified form (esbuild's output can grow a hand-packed file) counts as is.
    sizes = { raw, min: Math.min(raw, await minify(kind, body)), gzip: gzipSync(body, { level: 9 }).length };
    cache.set(url, sizes);
  }
  return sizes;
}

/**
 * Adds up `{ raw, min, gzip }` over `responses` (`{ url, type, body, late }`) that count; `dataGzip` is the JSON's
 * part; `files` lists each counted response (`{ url, kind, raw, gzip, late }`, `late` when it ended after the posts showed).
 */
export async function totalSize(responses) {
  const total = { raw: 0, min: 0, gzip: 0, dataGzip: 0, files: [] };
  for (const { url, type, body, late } of responses) {
    const kind = kindOf(type);
    if (!kind) continue;
    const sizes = await sizeOf(url, kind, body);
    total.raw += sizes.raw;
    total.min += sizes.min;
    total.gzip += sizes.gzip;
    if (kind === 'json') total.dataGzip += sizes.gzip;
    total.files.push({ url, kind, raw: sizes.raw, gzip: sizes.gzip, late });
  }
  return total;
}
