// Preloaded into the built CLI by startup.test.ts (node -r): reports whether V8 took the launcher's code cache,
// which Node built-ins and which installed packages the run loaded, on stderr as one JSON line at exit.
const vm = require('node:vm');
const Script = vm.Script;
let rejected = null;
vm.Script = function (...args) {
  const script = new Script(...args);
  rejected = script.cachedDataRejected ?? null;
  return script;
};
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  const packages = [...new Set(Object.keys(require.cache).map((f) => /node_modules[\\/]((@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1]).filter(Boolean))];
  process.stderr.write(`\n${JSON.stringify({ rejected, builtins, packages })}\n`);
});
