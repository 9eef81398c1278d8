// Dev-server plugins that let the framework recipes run in the test browser as their users' bundlers would run them.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { nodeResolve, rollupAdapter } from '@web/dev-server-rollup';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';

const REACT = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const REACT_PATH = '/__react/';

/** React ships CommonJS only: its entry points are bundled once into ES modules that share one copy of React. */
export function reactAsEsm() {
  let files;
  const bundle = async () => {
    // ES modules need their export names up front: they are read from the CommonJS modules, in a process of their
    // own since React's development build patches the console it finds.
    const names = JSON.parse(
      execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(${JSON.stringify(REACT)}.map((m) => Object.keys(require(m)))))`]),
    );
    const { outputFiles } = await build({
      entryPoints: REACT.map((specifier) => ({ in: `esm:${specifier}`, out: fileOf(specifier) })),
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: 'react',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [
        {
          name: 'named-exports',
          setup(esbuild) {
            esbuild.onResolve({ filter: /^esm:/ }, ({ path }) => ({ path: path.slice(4), namespace: 'esm' }));
            esbuild.onLoad({ filter: /.*/, namespace: 'esm' }, ({ path }) => ({
              contents: `import * as all from '${path}';
                export default all.default;
                export const { ${names[REACT.indexOf(path)].join(', ')} } = all.default;`,
              resolveDir: process.cwd(),
            }));
          },
        },
      ],
    });
    return new Map(outputFiles.map((file) => [REACT_PATH + basename(file.path), file.text]));
  };
  return {
    name: 'react-as-esm',
    resolveImport: ({ source }) => (REACT.includes(source) ? `${REACT_PATH}${fileOf(source)}.js` : undefined),
    async serve(context) {
      if (!context.path.startsWith(REACT_PATH)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

const fileOf = (specifier) => specifier.replace('/', '-');

/** `vue` is Vue's full browser build, with the template compiler, as a page loads it from a CDN with an import map. */
export function vueBrowserBuild() {
  return {
    name: 'vue-browser-build',
    resolveImport: ({ source }) => (source === 'vue' ? '/node_modules/vue/dist/vue.esm-browser.js' : undefined),
  };
}

/**
 * Serves `.svelte` files compiled to client JavaScript, and resolves Svelte's runtime for the browser (its `browser`
 * export condition), as Svelte's Vite and rollup plugins do. Two plugins: spread them into `plugins`.
 */
export function svelteComponents() {
  const browserResolve = rollupAdapter(
    nodeResolve({ rootDir: process.cwd(), exportConditions: ['browser', 'development'] }),
    {},
    { throwOnUnresolvedImport: true },
  );
  const forSvelte = ({ source, context }) =>
    source === 'svelte' || source.startsWith('svelte/') || /\.svelte$|\/node_modules\/(svelte|esm-env)\//.test(context.path);
  return [
    { ...browserResolve, name: 'svelte-browser-resolve', resolveImport: (args) => (forSvelte(args) ? browserResolve.resolveImport(args) : undefined) },
    {
      name: 'svelte-components',
      resolveMimeType: (context) => (context.path.endsWith('.svelte') ? 'js' : undefined),
      transform(context) {
        if (!context.path.endsWith('.svelte')) return undefined;
        return { body: compile(String(context.body), { filename: context.path, generate: 'client', dev: true }).js.code };
      },
    },
  ];
}
