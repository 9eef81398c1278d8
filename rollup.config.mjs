import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The chunk plan: which modules make each file loaded on demand, by path under src/. Everything else that the entry
// imports statically is in dist/social-feed.js. A network's recipe travels with its reader, so a profile costs one
// file, fetched beside its first API calls; the HTML reader is one file for the three formats that carry HTML.
const CHUNKS = [
  [/^source\/(recipes|adapters)\/mastodon\.ts$/, 'mastodon'],
  [/^source\/(recipes|adapters)\/bluesky\.ts$/, 'bluesky'],
  [/^(format\/html-text|source\/adapters\/syndication)\.ts$/, 'html'],
  // What real posts carry besides text and images, read and shown: one file, fetched beside any network's reader
  // (their posts have cards, quotes and counts more often than not) or for a native feed whose posts have them.
  [/^(source\/adapters\/rich|view\/rich\/rich-view|format\/duration)\.ts$/, 'rich'],
  // An RSS or Atom item's attachments and the walking of its document are read with it.
  [/^source\/adapters\/(rss|rss-media|xml)\.ts$/, 'rss'],
  [/^source\/adapters\/(jsonfeed|twitter|detect)\.ts$/, (name) => name],
  [/^watch\/(feed-storage|refresh|merge-feeds|older-pages)\.ts$/, (name) => name],
  [/^view\/(icons|focus-order)\.ts$/, (name) => name],
  [/^i18n\/(?!index|en|locale)(\w\w)\.ts$/, (name) => name],
];

/** The file a module of src/ goes into when it is loaded on demand; undefined for the entry's own. */
function chunkOf(id) {
  const path = relative(fileURLToPath(new URL('src/', import.meta.url)), id).split(sep).join('/');
  for (const [pattern, name] of CHUNKS) {
    const match = pattern.exec(path);
    if (match) return typeof name === 'function' ? name(match.at(-1)) : name;
  }
  return undefined;
}

const minify = ({ module }) => terser({ module, ecma: 2021, compress: { passes: 3 }, format: { comments: false, ascii_only: true } });

// The two files the contract names, lit bundled in and its dev mode dropped. The ES module loads each
// non-native adapter from a file beside it on first use; the classic script cannot, so it carries them all.
export default {
  input: 'src/index.ts',
  // The entry file is the widget itself, not a facade over a chunk; adapters import what they share from it.
  preserveEntrySignatures: 'allow-extension',
  output: [
    {
      dir: 'dist',
      entryFileNames: 'social-feed.js',
      chunkFileNames: 'social-feed-[name].js',
      format: 'es',
      // Maps for developers who fetch them, without the comment that has every reader's devtools ask for them.
      sourcemap: 'hidden',
      manualChunks: chunkOf,
      // Only the modules named in the plan: a chunk's dependencies stay where the entry has them.
      onlyExplicitManualChunks: true,
      plugins: [minify({ module: true })],
    },
    {
      file: 'dist/social-feed.iife.js',
      format: 'iife',
      name: 'SocialFeed',
      inlineDynamicImports: true,
      sourcemap: 'hidden',
      // Not a module: its global, SocialFeed (with addLanguage), must survive minification.
      plugins: [minify({ module: false })],
    },
  ],
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false, sourceMap: true }),
    // Lit templates and styles are strings to terser: this minifies their HTML and CSS.
    literalsHtmlCssMinifier({ failOnError: true }),
  ],
};
