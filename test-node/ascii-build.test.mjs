// The built files are ASCII: a page may be in windows-1252 or Shift_JIS, and a classic script without a charset
// attribute is read in the page's encoding, where a minifier's raw `þÿ` in a property name is a syntax error and a raw
// `…` shows as `â€¦`. Needs the built dist/ (npm test builds first).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const dist = new URL('../dist/', import.meta.url);

describe('the built files', () => {
  const files = readdirSync(dist).filter((name) => name.endsWith('.js'));

  it('are there', () => {
    assert.ok(files.includes('social-feed.js') && files.includes('social-feed.iife.js'), 'run `npm run build` first');
  });

  for (const name of files) {
    it(`${name} has no byte outside ASCII`, () => {
      const bytes = readFileSync(new URL(name, dist));
      const at = bytes.findIndex((byte) => byte > 0x7f);
      assert.equal(at, -1, `${name} has a non-ASCII byte at ${at}: …${bytes.subarray(Math.max(0, at - 40), at + 10).toString()}…`);
    });
  }
});
