// The pipeline's order, held by a test: a module imports only from its own step or the steps before it (address →
// source → watch → controllers → view → element), and no two modules import each other, however indirectly.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';

const SRC = new URL('../src/', import.meta.url).pathname;

// Each step and what belongs to it, first to last.
const STEPS = [
  ['base', /^(types|errors|page|networks|lazy)\.ts$/],
  ['text and time', /^(events\.ts|format\/)/],
  ['languages', /^i18n\//],
  ['address', /^address\//],
  ['source', /^source\//],
  ['watch', /^watch\//],
  ['controllers', /^controllers\//],
  ['view', /^view\//],
  ['element', /^(social-feed\.styles|social-feed|define|index)\.ts$/],
  ['frameworks', /^frameworks\//],
];

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [relative(SRC, path)] : [];
  });

const stepOf = (file) => STEPS.findIndex(([, pattern]) => pattern.test(file));

/** Every relative import of `file`, static or dynamic, as paths under src/. */
function importsOf(file) {
  const source = readFileSync(join(SRC, file), 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(([, spec]) =>
    normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'),
  );
}

const all = files(SRC);
const graph = new Map(all.map((file) => [file, importsOf(file)]));

describe('the pipeline’s layers', () => {
  it('places every module of src/ in a step', () => {
    assert.deepEqual(
      all.filter((file) => stepOf(file) < 0),
      [],
    );
  });

  it('imports nothing from a later step', () => {
    const upward = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (stepOf(target) > stepOf(file)) upward.push(`${file} (${STEPS[stepOf(file)][0]}) imports ${target} (${STEPS[stepOf(target)][0]})`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('has no import cycle, static or dynamic', () => {
    const cycles = [];
    const state = new Map();
    const visit = (file, path) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of all) visit(file, []);
    assert.deepEqual(cycles, []);
  });

  it('resolves every relative import to a file', () => {
    const missing = [...graph].flatMap(([file, imports]) => imports.filter((target) => !graph.has(target)).map((target) => `${file} → ${target}`));
    assert.deepEqual(missing, []);
  });

  it('keeps the adapters pure: no page, network, storage or clock globals in src/source/adapters/', () => {
    // What an adapter may use comes in its AdaptContext; a global would make its output depend on the page it runs in.
    const GLOBALS = /\b(?:document|window|globalThis|location|navigator|localStorage|sessionStorage|fetch|setTimeout)\b|Date\.now|new Date\(\)/;
    const code = (file) =>
      readFileSync(join(SRC, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        // Strings and one-line templates: their words are text, not code.
        .replace(/'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\\n])*`/g, "''");
    const impure = all.filter((file) => file.startsWith('source/adapters/') && GLOBALS.test(code(file)));
    assert.deepEqual(impure, []);
  });
});
