// Builds the package: the schema validator (ahead of time), the CLI bundle dist/cli.cjs, its launcher
// dist/tartip.js, and the launcher's V8 code cache dist/cli-v8-<version>.cache (see src/cli/launcher.ts).
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

execFileSync(process.execPath, [new URL('./build-validator.mjs', import.meta.url).pathname], { stdio: 'inherit' });

/**
 * Node built-ins a one-file `check` never uses, yet the bundle's modules import at the top (commander's
 * child_process for executable subcommands, the cache's crypto, the pool's worker_threads): together ≈ 12 ms
 * of a 150 ms start. Each is replaced by a proxy that loads the real module on first use of a property.
 */
const LAZY_BUILTINS = ['child_process', 'crypto', 'os', 'timers/promises', 'worker_threads'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.map((m) => m.replace('/', '\\/')).join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' });
    // The bundle reads a module's names when it starts (esbuild's interop copies them as getters): the names are
    // listed here, from this Node's module, and the real module is loaded by the first getter called.
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => ({
      contents: `let real; const load = () => (real ??= require(${JSON.stringify(`node:${args.path}`)}));
const names = ${JSON.stringify(Object.keys(await import(`node:${args.path}`)).filter((k) => k !== 'default'))};
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => names.includes(key) || key in load(),
  ownKeys: () => names,
  getOwnPropertyDescriptor: (_, key) => (names.includes(key) ? { configurable: true, enumerable: true, writable: true, value: undefined } : undefined),
});`,
      loader: 'js',
    }));
  },
};

// TARTIP_BUILD_OUT and TARTIP_NO_MINIFY=1 build elsewhere, readable: the benchmarks' profile (bench-profile.mjs).
const OUT = process.env.TARTIP_BUILD_OUT ?? 'dist';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: process.env.TARTIP_NO_MINIFY !== '1', legalComments: 'none', logLevel: 'warning' };

/** The language server is a bundle of its own (dist/lsp.cjs), required by `tartip lsp` alone: no other start pays for it. */
const separateLsp = {
  name: 'separate-lsp',
  setup(b) {
    b.onResolve({ filter: /\/lsp\/run\.js$/ }, (args) => (args.importer.includes(`${'src'}/cli/`) ? { path: './lsp.cjs', external: true } : undefined));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/lsp/run.ts'],
  outfile: `${OUT}/lsp.cjs`,
  define: { 'import.meta.url': '__tartipBundleUrl' },
  banner: { js: 'const __tartipBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({
  ...common,
  entryPoints: ['src/cli/bin.ts'],
  outfile: `${OUT}/cli.cjs`,
  // The renderer and its browser stack, and the Word writer, are loaded only when used, never at start-up.
  external: ['puppeteer', 'puppeteer-core', '@mermaid-js/mermaid-cli', 'docx', 'jszip'],
  // CommonJS, so the launcher can run it from a code cache; import() becomes require() inside a promise, which
  // a vm.Script runs on every Node 20 (its own import() needs a loader callback), and modules reached only by
  // import() are initialised only when a command asks for them.
  supported: { 'dynamic-import': false },
  plugins: [lazyBuiltins, separateLsp],
  define: { 'import.meta.url': '__tartipBundleUrl' },
  banner: { js: 'const __tartipBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({ ...common, entryPoints: ['src/cli/launcher.ts'], outfile: `${OUT}/tartip.js`, banner: { js: '#!/usr/bin/env node' } });
// The package is "type": "module"; the executable and the bundle in dist/ are CommonJS.
writeFileSync(`${OUT}/package.json`, '{ "type": "commonjs" }\n');
chmodSync(`${OUT}/tartip.js`, 0o755);

// The code cache holds what a one-file check compiles: the start-up the benchmarks measure and a user waits for.
// Without it the CLI works as well, only starts slower; so a failure here is said, not fatal.
try {
  execFileSync(process.execPath, [`${OUT}/tartip.js`, 'check', new URL('../regulations/2015-225-adoption-candidates-registration.tartip', import.meta.url).pathname], {
    env: { ...process.env, TARTIP_RECORD_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
} catch (error) {
  console.warn(`the code cache was not recorded (${error.message.split('\n')[0]}): tartip starts without it`);
}
console.log(`${OUT}/tartip.js built`);
