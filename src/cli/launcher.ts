// The `tartip` executable (dist/tartip.js): runs the CLI bundle from V8's code cache, so start-up skips compiling it.
//
// A one-file `tartip check` spent a third of its time before compiling anything of the act: Node's ES
// module loader, V8 parsing and compiling the 500 KB bundle, and then every function it calls, lazily,
// the first time (BENCHMARKS.md). The bundle is CommonJS, run here through `vm.Script` with the code
// cache `npm run build` recorded after checking an act, so those functions arrive compiled. Node 20 has
// no `module.enableCompileCache` (22.1 and later), hence the cache of our own. It belongs to one V8, so its
// name carries V8's version; under another Node (upgraded since the build) the bundle is required as usual,
// with Node's own compile cache where Node has one. V8 itself refuses a cache made with other flags.
import { readFileSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
// First: V8 keys its cache on its flags, so the budget is set before the bundle is compiled, as when it was recorded.
import './jit-budget.js';

/** The bundle and its code cache, beside this file. */
const BUNDLE = path.join(__dirname, 'cli.cjs');
const CACHE = path.join(__dirname, `cli-v8-${process.versions.v8}.cache`);

/**
 * `npm run build` sets this to record the cache: the bundle runs a command, and when the process exits the
 * cache holds every function that command compiled.
 */
export const RECORD_CACHE = 'TARTIP_RECORD_CODE_CACHE';
const recording = process.env[RECORD_CACHE] === '1';

function readCache(): Buffer | undefined {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

const cachedData = recording ? undefined : readCache();
if (!recording && cachedData === undefined) {
  // Node 22.1 and later keep a compile cache of their own (in the temporary folder), from the second run on.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  require(BUNDLE);
} else {
  const source = readFileSync(BUNDLE, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  if (recording) process.on('exit', () => writeFileSync(CACHE, script.createCachedData()));
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, path.dirname(BUNDLE));
}
