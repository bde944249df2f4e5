// Builds the package: the schema validator (ahead of time) and the bundled CLI, dist/tartip.js.
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

execFileSync(process.execPath, [new URL('./build-validator.mjs', import.meta.url).pathname], { stdio: 'inherit' });

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/tartip.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  // The renderer and its browser stack are loaded only when rendering, never at start-up.
  external: ['puppeteer', 'puppeteer-core', '@mermaid-js/mermaid-cli'],
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __tartipRequire } from "node:module"; const require = __tartipRequire(import.meta.url);' },
  logLevel: 'warning',
});
chmodSync('dist/tartip.js', 0o755);
console.log('dist/tartip.js built');
