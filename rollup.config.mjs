import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// The two self-contained files the contract names: lit bundled in, dev mode dropped.
export default {
  input: 'src/index.ts',
  output: [
    { file: 'dist/social-feed.js', format: 'es', sourcemap: true },
    { file: 'dist/social-feed.iife.js', format: 'iife', name: 'SocialFeed', sourcemap: true },
  ],
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false, sourceMap: true }),
    // Lit templates and styles are strings to terser: this minifies their HTML and CSS.
    literalsHtmlCssMinifier({ failOnError: true }),
    terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
