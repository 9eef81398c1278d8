// The size budget, checked on what every reader downloads: dist/social-feed.js and any file it imports statically.
// Files loaded on demand (adapters, languages) are listed but not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// 16 KiB until December: the security fixes (caps on every field, honest link labels, credential-less images) added
// 1.1 KB to the entry, and what adoption needed on the first render (handles, the readers' error state with the
// page's own content, the feed and strings properties, the feed pattern's keys) another 1 KB. The renovation of the
// middle layers (issue 12) is to bring the entry down to 13.5 KB and check the budget per path.
const BUDGET_GZIP_BYTES = 18.5 * 1024;
const gzipSize = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

function staticGraph(file, seen = new Set()) {
  seen.add(file);
  const source = readFileSync(`dist/${file}`, 'utf8');
  // Static imports only (`import{…}from"./x.js"` or `import"./x.js"`), never `import("./x.js")`.
  for (const [, dep] of source.matchAll(/import(?:[^"'()]*?from)?\s*["']\.\/([\w.-]+\.js)["']/g)) {
    if (!seen.has(dep)) staticGraph(dep, seen);
  }
  return seen;
}

for (const file of readdirSync('dist').filter((name) => name.endsWith('.js')).sort()) {
  console.log(`dist/${file}: ${readFileSync(`dist/${file}`).length} bytes, ${gzipSize(file)} bytes gzip`);
}
const critical = [...staticGraph('social-feed.js')];
const total = critical.reduce((sum, file) => sum + gzipSize(file), 0);
const line = `${critical.join(' + ')}: ${total} of ${BUDGET_GZIP_BYTES} bytes gzip`;
if (total > BUDGET_GZIP_BYTES) {
  console.error(`Over budget: ${line}`);
  process.exit(1);
}
console.log(`Within budget: ${line}`);
