// Peers published for a bundler (their README says "import the package on your app"): bundled here as an app's
// production build would bundle them, with esbuild (the root's), minified, into bench/node_modules/.bundles/<name>/
// as app.js and app.css, which the server mounts at /peers/<name>/.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
/** Where the bundles go, relative to the repository: the server mounts `<BUNDLES>/<name>`. */
export const BUNDLES = 'bench/node_modules/.bundles';

/** Bundles `imports` (the lines an app writes, in order) into `<BUNDLES>/<name>/app.js` and `app.css`. */
export async function bundlePeer({ name, imports }) {
  const outdir = fileURLToPath(new URL(`../${BUNDLES}/${name}/`, import.meta.url));
  await rm(outdir, { recursive: true, force: true });
  await build({
    stdin: { contents: imports.map((specifier) => `import '${specifier}';`).join('\n'), resolveDir: BENCH, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    outdir,
    entryNames: 'app',
    logLevel: 'warning',
  });
}
