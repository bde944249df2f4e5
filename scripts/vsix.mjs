// `npm run vsix`: the VS Code extension packaged with @vscode/vsce — the grammar checked current, the client bundled by esbuild
// (vscode-languageclient inside, `vscode` provided by the editor), then editors/vscode/tartip-<version>.vsix.
//   node scripts/vsix.mjs [--out FILE] [--ls]    --ls lists what the package would hold instead of writing it
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { GRAMMAR_FILE, grammarText } from './vscode-grammar.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION = path.join(ROOT, 'editors/vscode');
const argv = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
const out = path.resolve(argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : path.join(EXTENSION, `${manifest.name}-${manifest.version}.vsix`));

if (readFileSync(GRAMMAR_FILE, 'utf8') !== grammarText()) {
  console.error('editors/vscode/syntaxes/tartip.tmLanguage.json is stale: run npm run vscode-grammar (npm run vsix does)');
  process.exit(1);
}
await build({
  entryPoints: [path.join(EXTENSION, 'src/extension.ts')],
  outfile: path.join(EXTENSION, 'dist/extension.js'),
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning',
  external: ['vscode'],
});
const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
// The client is bundled, so the package needs no node_modules; the project's licence is the root's.
const common = ['--no-dependencies', '--skip-license', '--allow-missing-repository'];
const args = argv.includes('--ls') ? ['ls', ...common.filter((a) => a === '--no-dependencies')] : ['package', ...common, '--out', out];
const shown = execFileSync(process.execPath, [vsce, ...args], { cwd: EXTENSION, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(shown);
