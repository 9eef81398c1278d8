// The last step of `npm run build`: the Subresource Integrity hash of the classic-script build, written to
// dist/integrity.json (it ships in the package, so it is on the CDN beside the file) and printed with the tag to paste.
// Only dist/social-feed.iife.js gets one: it is self-contained. The ES module loads its adapters and languages from
// files beside it, which an integrity attribute on the entry would not cover.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const FILES = ['dist/social-feed.iife.js'];
const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The `integrity` attribute's value for `bytes`: sha384, base64. */
const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const integrity = Object.fromEntries(FILES.map((file) => [file, integrityOf(readFileSync(new URL(file, root)))]));
writeFileSync(new URL('dist/integrity.json', root), `${JSON.stringify(integrity, null, 2)}\n`);

for (const [file, hash] of Object.entries(integrity)) {
  console.log(`${file}: ${hash} (dist/integrity.json)`);
  console.log(
    `  <script defer src="https://unpkg.com/${name}@${version}/${file}" integrity="${hash}" crossorigin="anonymous"></script>`,
  );
}
