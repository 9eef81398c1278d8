// demo/themes.html shows the CSS behind each theme as text: it must be the CSS the page really uses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (name) => readFileSync(new URL(`../demo/${name}`, import.meta.url), 'utf8');
const html = read('themes.html');
const css = read('themes.css');
const ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
const snippets = [...html.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)].map(([, text]) =>
  text.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]),
);

describe('demo/themes.html', () => {
  it('shows one snippet per theme card', () => {
    assert.equal(snippets.length, [...html.matchAll(/<article class="card /g)].length);
    assert.ok(snippets.length >= 5);
  });

  for (const snippet of snippets) {
    it(`shows rules that demo/themes.css holds verbatim: ${snippet.split('\n')[0]}`, () => {
      assert.ok(css.includes(snippet), `not in themes.css:\n${snippet}`);
    });
  }
});
