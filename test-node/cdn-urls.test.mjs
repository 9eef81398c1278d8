// Every CDN URL of this package in the docs, the demo, the schema and package.json names the package by its npm
// name, social-feed-element (`social-feed` belongs to someone else), and a version, at least the major
// (`social-feed-element@1`), so that a later release never changes what a site runs unannounced.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NAME = 'social-feed-element';
const OLD_NAMES = ['social-feed'];

// The CDNs that serve npm packages by name: unpkg, jsDelivr, esm.sh, Skypack, JSPM. `browse/` is unpkg's file
// browser; esm.sh may put a build version (`/v135/`) or a `/gh/` before the name.
const CDN_URL =
  /https?:\/\/(?:unpkg\.com\/(?:browse\/)?|cdn\.jsdelivr\.net\/npm\/|esm\.sh\/(?:v\d+\/)?|cdn\.skypack\.dev\/|ga\.jspm\.io\/npm:)((?:@[a-z0-9._~-]+\/)?[a-z0-9._~-]+)(?:@([^/\s"'`<>&)?#]*))?/gi;
// A version, at least its major: `1`, `1.2`, `1.2.3`, `1.2.3-beta.1`. Not `latest`, a tag, nor a range like `*`.
const VERSION = /^\d+(?:\.\d+){0,2}(?:-[0-9a-z.-]+)?$/i;

/** The problems with the CDN URLs of this package in `text`: `{ line, url, problem }`. Other packages are not ours to judge. */
export function cdnProblems(text) {
  const problems = [];
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(CDN_URL)) {
      const [, name, version] = match;
      const url = content.slice(match.index).match(/^[^\s"'`<>)]+/)[0].replace(/&quot;.*$/, '');
      const lower = name.toLowerCase();
      if (OLD_NAMES.includes(lower)) {
        problems.push({ line: index + 1, url, problem: `names the old package "${name}", not "${NAME}"` });
      } else if (lower === NAME && version === undefined) {
        problems.push({ line: index + 1, url, problem: `names no version (${NAME}@1)` });
      } else if (lower === NAME && !VERSION.test(version)) {
        problems.push({ line: index + 1, url, problem: `names "${version}", not a version (${NAME}@1)` });
      }
    }
  });
  return problems;
}

/** How many CDN URLs of this package `text` holds, good or bad. */
const cdnUrlCount = (text) =>
  [...text.matchAll(CDN_URL)].filter(([, name]) => [NAME, ...OLD_NAMES].includes(name.toLowerCase())).length;

// Files whose URLs another change fixes: reported (as TODO) but not failing the run. Remove an entry once its file
// is fixed.
const PENDING = {};

const DEMO_EXTENSIONS = /\.(?:html|js|mjs|ts|tsx|vue|svelte)$/;

function walk(dir, keep) {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path, entry.name)))
    .filter((file) => !file.split(/[\\/]/).includes('node_modules'));
}

/** The files scanned, relative to the repository's root. */
export function scannedFiles() {
  return [
    ...['README.md', 'CONTRIBUTING.md', 'package.json'].filter((file) => existsSync(join(ROOT, file))),
    ...walk('docs', (name) => name.endsWith('.md')),
    ...walk('demo', (name) => DEMO_EXTENSIONS.test(name)),
    ...walk('schema', (name) => name.endsWith('.json')),
  ].sort();
}

describe('the CDN URL check', () => {
  it('flags the old name, a missing version and a tag, on any of the CDNs', () => {
    const bad = [
      'https://unpkg.com/social-feed/dist/social-feed.js',
      'https://unpkg.com/social-feed@1/dist/social-feed.js',
      'https://unpkg.com/social-feed-element/dist/social-feed.iife.js',
      'https://unpkg.com/browse/social-feed-element/',
      'https://unpkg.com/social-feed-element@latest/dist/social-feed.js',
      'https://unpkg.com/social-feed-element@/dist/social-feed.js',
      'https://cdn.jsdelivr.net/npm/social-feed-element/dist/social-feed.js',
      'https://cdn.jsdelivr.net/npm/social-feed@1.0.0',
      'https://esm.sh/social-feed-element',
      'https://esm.sh/v135/social-feed',
      'https://cdn.skypack.dev/social-feed-element',
      'https://ga.jspm.io/npm:social-feed-element/dist/social-feed.js',
      '&lt;script src="https://unpkg.com/social-feed-element/dist/social-feed.js"&gt;',
      "import 'https://esm.sh/social-feed-element';",
    ];
    for (const text of bad) assert.equal(cdnProblems(text).length, 1, text);
  });

  it('accepts a major, a minor, an exact or a prerelease version, and other packages', () => {
    const good = [
      'https://unpkg.com/social-feed-element@1/dist/social-feed.js',
      'https://unpkg.com/social-feed-element@1.0.0/dist/social-feed.iife.js',
      'https://unpkg.com/social-feed-element@1/schema/feed.schema.json',
      'https://cdn.jsdelivr.net/npm/social-feed-element@1.2/dist/social-feed.js',
      'https://esm.sh/social-feed-element@1',
      'https://ga.jspm.io/npm:social-feed-element@2.0.0-beta.1/dist/social-feed.js',
      '<script defer src="https://unpkg.com/social-feed-element@1.0.0/dist/social-feed.iife.js" integrity="sha384-x">',
      'https://esm.sh/dompurify',
      'https://unpkg.com/lit/index.js',
      'https://unpkg.com/social-feed-elements/x.js',
    ];
    for (const text of good) assert.deepEqual(cdnProblems(text), [], text);
  });

  it('reports the line of each problem', () => {
    const text = 'one\nhttps://unpkg.com/social-feed-element@1/dist/social-feed.js\nhttps://unpkg.com/social-feed/x.js\n';
    assert.deepEqual(
      cdnProblems(text).map(({ line }) => line),
      [3],
    );
  });
});

describe('CDN URLs in the docs, the demo, the schema and package.json', () => {
  const files = scannedFiles();
  const texts = new Map(files.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));

  it('scans the README, the demo pages and the schema, and finds the URLs they show', () => {
    for (const file of ['README.md', 'package.json', 'schema/feed.schema.json', 'demo/frameworks/plain.html']) {
      assert.ok(files.includes(file), `${file} is not scanned`);
    }
    assert.ok(cdnUrlCount(texts.get('README.md')) >= 2, 'README.md shows no CDN URL of the package');
    assert.ok(cdnUrlCount(texts.get('schema/feed.schema.json')) >= 1, 'the schema has no CDN $id');
  });

  const problems = (names) =>
    names.flatMap((file) => cdnProblems(texts.get(file)).map(({ line, url, problem }) => `${file}:${line}: ${url} ${problem}`));

  it(`name social-feed-element and a version (${files.length} files)`, () => {
    const found = problems(files.filter((file) => !PENDING[file]));
    assert.equal(found.length, 0, `CDN URLs to fix:\n${found.join('\n')}`);
  });

  for (const [file, reason] of Object.entries(PENDING)) {
    it(`name social-feed-element and a version: ${file}`, { todo: reason }, () => {
      const found = problems([file]);
      assert.equal(found.length, 0, `CDN URLs to fix:\n${found.join('\n')}`);
    });
  }
});
