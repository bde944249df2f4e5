// The `tartip` executable (dist/tartip.js): runs the CLI bundle from V8's code cache, so start-up skips compiling it.
//
// A one-file `tartip check` spent a third of its time before compiling anything of the act: Node's ES
// module loader, V8 parsing and compiling the 500 KB bundle, and then every function it calls, lazily,
// the first time (BENCHMARKS.md). The bundle is CommonJS, run here through `vm.Script` with the code
// cache `npm run build` recorded after checking an act, so those functions arrive compiled. Node 20 has
// no `module.enableCompileCache` (22.1 and later), hence the cache of our own. V8 refuses a cache made by
// another V8 or with other flags (`cachedDataRejected`); the bundle then runs compiled as usual.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
// First: V8 keys its cache on its flags, so the budget is set before the bundle is compiled, as when it was recorded.
import './jit-budget.js';

/** The bundle and its code cache, beside this file. */
const BUNDLE = path.join(__dirname, 'cli.cjs');
const CACHE = path.join(__dirname, 'cli.cache');

/**
 * `npm run build` sets this to record the cache: the bundle runs a command, and when the process exits the
 * cache holds every function that command compiled.
 */
export const RECORD_CACHE = 'TARTIP_RECORD_CODE_CACHE';

function readCache(): Buffer | undefined {
  if (process.env[RECORD_CACHE] === '1') return undefined;
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

const source = readFileSync(BUNDLE, 'utf8');
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: BUNDLE,
  cachedData: readCache(),
});
if (process.env[RECORD_CACHE] === '1') {
  process.on('exit', () => writeFileSync(CACHE, script.createCachedData()));
}
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, path.dirname(BUNDLE));
