// custom-elements.json is generated from the JSDoc: fails when the committed file is not what `npm run analyze` makes.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer takes --outdir relative to the project, so the fresh copy goes to a scratch folder inside it.
const outdir = join('node_modules', '.cache', 'cem-check');
try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir, '--quiet'], {
    stdio: 'inherit',
  });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
    console.error('custom-elements.json is out of date with the JSDoc in src/: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is current.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
