import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const minify = ({ module }) => terser({ module, ecma: 2021, compress: { passes: 2 }, format: { comments: false } });

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
      sourcemap: true,
      plugins: [minify({ module: true })],
    },
    {
      file: 'dist/social-feed.iife.js',
      format: 'iife',
      name: 'SocialFeed',
      inlineDynamicImports: true,
      sourcemap: true,
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
