// `npm run analyze` writes custom-elements.json from the JSDoc; package.json already names it, so the analyzer
// must not rewrite package.json (the currency check runs it with another --outdir).

/** Points the manifest at the files the package ships (`lib/x.js`, with `lib/x.d.ts` beside it), not at `src/x.ts`. */
const shippedPath = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'lib/$1.js');

/** The manifest as users read it: the public API, at the paths the package ships. */
function shippedPaths() {
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = shippedPath(module.path);
        // Only the public API: private state and Lit's static plumbing are nobody's contract.
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter(
            (member) => !['private', 'protected'].includes(member.privacy) && !(member.static && ['styles', 'properties'].includes(member.name)),
          );
        }
        for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
          if (item.declaration?.module) item.declaration.module = shippedPath(item.declaration.module);
        }
      }
    },
  };
}

export default {
  globs: ['src/social-feed.ts', 'src/define.ts'],
  litelement: true,
  packagejson: false,
  plugins: [shippedPaths()],
};
