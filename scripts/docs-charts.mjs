// Redraws the seed act's appendices shown in the README (docs/seed-*.png) with the built CLI: `npm run docs-charts`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const act = 'regulations/2015-225-adoption-candidates-registration.tartip';
const out = mkdtempSync(join(tmpdir(), 'tartip-docs-'));
try {
  // The same command a user runs, so the pictures are what `tartip diagram` gives (rows layout, PNG sheets).
  execFileSync(process.execPath, [join(root, 'dist/tartip.js'), 'diagram', join(root, act), '-o', out, '-f', 'png', '-q'], { stdio: 'inherit' });
  const drawn = join(out, '2015-225-adoption-candidates-registration');
  const pngs = readdirSync(drawn).filter((f) => f.endsWith('.png')).sort();
  for (const png of pngs) {
    copyFileSync(join(drawn, png), join(root, 'docs', `seed-${png}`));
    console.log(`docs/seed-${png}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
