// Writes docs/DIAGNOSTICS.md from the catalogue and the diagnostic examples: `npm run diagnostics-doc`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outfile = path.join(root, 'node_modules/.cache/tartip/diagnostics-doc.mjs');
await build({ entryPoints: [path.join(root, 'test/helpers/diagnostics-doc.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
const { renderDiagnosticsDoc } = await import(pathToFileURL(outfile).href);
writeFileSync(path.join(root, 'docs/DIAGNOSTICS.md'), renderDiagnosticsDoc());
console.log('docs/DIAGNOSTICS.md written');
