// Measures what another build of Tártip reports for each slip of test/slips/slips.json (errors and warnings),
// and writes it as the slip's `before`: `node scripts/slips-before.mjs <path to that build's dist/tartip.js>`.
// The figures in the README (errors per slip, before and now) come from here and from the slips test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const bin = process.argv[2];
if (!bin) throw new Error('usage: node scripts/slips-before.mjs <dist/tartip.js of the build to measure>');
const root = path.resolve(import.meta.dirname, '..');
const file = path.join(root, 'test/slips/slips.json');
const data = JSON.parse(readFileSync(file, 'utf8'));
const dir = mkdtempSync(path.join(tmpdir(), 'tartip-slips-'));

/** Errors and warnings the build reports for a text. */
function count(name, text) {
  const source = path.join(dir, name);
  writeFileSync(source, text);
  const run = spawnSync(process.execPath, [bin, 'check', source, '--format', 'json'], { encoding: 'utf8' });
  const { diagnostics } = JSON.parse(run.stdout);
  return { errors: diagnostics.filter((d) => d.severity === 'error').length, warnings: diagnostics.filter((d) => d.severity === 'warning').length };
}

for (const slip of data.slips) {
  const text = readFileSync(path.join(root, 'regulations', slip.act), 'utf8');
  const at = text.indexOf(slip.from);
  // An older build may not read today's act cleanly: what it reports on the act itself is not the slip's.
  const base = count(`base-${slip.id}.tartip`, text);
  const slipped = count(`${slip.id}.tartip`, text.slice(0, at) + slip.to + text.slice(at + slip.from.length));
  slip.before = { errors: Math.max(0, slipped.errors - base.errors), warnings: Math.max(0, slipped.warnings - base.warnings) };
}
writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
console.log(data.slips.map((s) => `${s.id}: ${s.before.errors} errors, ${s.before.warnings} warnings`).join('\n'));
