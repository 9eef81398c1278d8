// `npm run analyze` writes custom-elements.json from the JSDoc; package.json already names it, so the analyzer
// must not rewrite package.json (the currency check runs it with another --outdir).
export default {
  globs: ['src/social-feed.ts', 'src/define.ts'],
  litelement: true,
  packagejson: false,
};
