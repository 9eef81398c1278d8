// The size budget, checked on the built file that every reader downloads.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 14 * 1024;
const file = 'dist/social-feed.js';
const source = readFileSync(file);
const gzip = gzipSync(source, { level: 9 }).length;
const line = `${file}: ${source.length} bytes, ${gzip} bytes gzip (budget ${BUDGET_GZIP_BYTES})`;
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`Over budget: ${line}`);
  process.exit(1);
}
console.log(line);
