// Where the time goes: runs the CLI under V8's sampling profiler and charges each sample to a pipeline stage.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Stages by the function that starts them. A sample is charged to the innermost stage on its stack, so
 * building the parser inside the first parse counts as construction, not parsing.
 */
const STAGES = new Map([
  ['readSource', 'read and decode files'],
  ['getLexer', 'lexer construction'],
  ['lexWithinLimits', 'lex'],
  ['getParser', 'parser construction'],
  ['parseTokens', 'parse'],
  ['buildAst', 'build AST'],
  ['checkMixedScript', 'mixed-script check'],
  ['bind', 'bind'],
  ['check', 'checks'],
  ['emitJson', 'emit JSON'],
  ['validateOutput', 'validate JSON'],
  ['compile', 'compile: diagnostics and glue'],
  ['emitDiagrams', 'diagram text'],
  ['writeAtomic', 'write outputs'],
  ['printDiagnostics', 'print report'],
  ['formatJsonReport', 'print report'],
  ['compileBatch', 'batch: pool and merging'],
]);

const LOADING = new Set(['Script', 'readFileUtf8', 'compileSourceTextModule', 'loadAndTranslate', 'moduleStrategy', '#translate', 'compileForInternalLoader', 'compileForPublicLoader', 'requireBuiltin', 'loadBuiltinModule']);

/**
 * The CLI built as it ships (launcher, CommonJS bundle, code cache) but without minification, so the profile
 * keeps the source's function names; returns the launcher to run.
 */
export async function buildProfileBundle(outDir) {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, env: { ...process.env, TARTIP_BUILD_OUT: outDir, TARTIP_NO_MINIFY: '1' }, stdio: 'ignore' });
  return path.join(outDir, 'tartip.js');
}

/** Profiles one run of the CLI bundle with `args`; returns the stages with their milliseconds. */
export function profileRun(bundle, args, { cwd = ROOT, interval = 200 } = {}) {
  const dir = path.join(path.dirname(bundle), `cpu-${Date.now()}`);
  rmSync(dir, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-interval=${interval}`, `--cpu-prof-dir=${dir}`, bundle, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) throw run.error;
  // The main thread's profile is the first one written; workers write their own (not used: --jobs 1).
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()[0];
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  // The stages run in the bundle beside the launcher.
  return summarize(profile, 'cli.cjs');
}

function summarize(profile, bundleName) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map();
  const classify = (id) => {
    if (stageOf.has(id)) return stageOf.get(id);
    const frame = byId.get(id).callFrame;
    let stage;
    if (frame.functionName === '(garbage collector)') stage = 'garbage collection';
    else if (frame.functionName === '(idle)' || frame.functionName === '(program)') stage = 'V8 and Node internals';
    else if (STAGES.has(frame.functionName) && frame.url.endsWith(bundleName)) stage = STAGES.get(frame.functionName);
    else if (LOADING.has(frame.functionName)) stage = 'load and compile the bundle';
    else if (frame.functionName === '' && frame.lineNumber === 0 && frame.url.endsWith(bundleName)) stage = 'module initialisation';
    const up = parent.get(id);
    const result = stage ?? (up === undefined ? 'Node start-up and CLI' : classify(up));
    stageOf.set(id, result);
    return result;
  };
  const totals = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] / 1000;
    total += dt;
    const stage = classify(id);
    totals.set(stage, (totals.get(stage) ?? 0) + dt);
  });
  return { totalMs: total, stages: [...totals].sort((a, b) => b[1] - a[1]).map(([stage, ms]) => ({ stage, ms, share: ms / total })) };
}
