// `npm run bench`: measures Tártip at corpus scale as whole processes and writes BENCHMARKS.md.
//
//   node scripts/bench.mjs [--quick] [--no-render] [--no-hostile] [--quiet-load X] [--out FILE] [--only cold|lsp|render|hostile]
//
// --quick        one or two runs of each measurement, smaller render samples (about 2 minutes)
// --no-render    skip the rendering comparison (no browser needed)
// --quiet-load X before each section, wait up to 2 minutes for the 1-minute load average to fall under X
// --out FILE     where to write the report (default BENCHMARKS.md)
// --only cold    measure only the cold start, and replace that section and its target in the existing report
// --only render  measure only rendering (10, 100, 1 000 acts beside mmdc), and replace that section and its target
// --only hostile measure only `tartip build` of acts near the step limit and the test/hostile suite, with the
//                memory of the whole process tree (Chromium included), and replace that section and its target
// --no-hostile   skip the hostile inputs in a whole run
//
// The corpus is generated into bench/.corpus/ and outputs go to bench/.out/ (both git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './bench-corpus.mjs';
import { buildProfileBundle, profileRun } from './bench-profile.mjs';
import { measureHostile } from './bench-hostile.mjs';
import { updateColdStart, updateHostile, updateLsp, updateRendering, writeReport } from './bench-report.mjs';
import { measureRendering } from './bench-render.mjs';
import { measureLsp } from './bench-lsp.mjs';
import { measure, measureInterleaved, median, runOnce, waitForQuiet } from './bench-run.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench/.out');
// TARTIP_BENCH_BIN: a copy of the build to measure (e.g. bench/.dist/tartip.js), so rebuilding dist/ meanwhile changes nothing.
const BIN = process.env.TARTIP_BENCH_BIN ? path.resolve(process.env.TARTIP_BENCH_BIN) : path.join(ROOT, 'dist/tartip.js');
const SEED = path.join(ROOT, 'regulations/2015-225-adoption-candidates-registration.tartip');
const NODE = process.execPath;

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const render = !argv.includes('--no-render');
const hostile = !argv.includes('--no-hostile');
const quietLoad = argv.includes('--quiet-load') ? Number(argv[argv.indexOf('--quiet-load') + 1]) : undefined;
const outFile = path.resolve(ROOT, argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : 'BENCHMARKS.md');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;

const log = (s) => process.stderr.write(`${s}\n`);
const section = async (name) => {
  if (quietLoad !== undefined) await waitForQuiet(quietLoad, 120);
  log(`\n== ${name} (load ${loadavg()[0].toFixed(2)})`);
};
const files = (dir, ext) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(ext)).length : 0);
const cli = (args) => [BIN, ...args];

/** `node -e 0`, `--version` and a one-file check, in turns, so they share the same minutes of load. */
function measureCold() {
  return measureInterleaved(
    [
      { name: 'node -e 0', command: NODE, args: ['-e', '0'] },
      { name: 'tartip --version', command: NODE, args: cli(['--version']) },
      { name: 'tartip check (one regulation)', command: NODE, args: cli(['check', SEED]) },
    ],
    { runs: quick ? 5 : 21, warmup: 2 },
  );
}

async function main() {
  const started = Date.now();
  if (only === 'cold') {
    await section('cold start');
    const results = { machine: { node: process.version }, cold: measureCold(), coldOnly: { date: new Date().toISOString().slice(0, 10) } };
    updateColdStart(results, outFile);
    log(`\nupdated the cold start in ${path.relative(ROOT, outFile)}`);
    return;
  }
  if (only === 'lsp') {
    await section('language server');
    updateLsp({ lsp: await measureLsp({ changes: quick ? 31 : 61 }), lspOnly: { date: new Date().toISOString().slice(0, 10), node: process.version } }, outFile);
    log(`\nupdated the language server in ${path.relative(ROOT, outFile)}`);
    return;
  }
  if (!existsSync(BIN)) execFileSync(NODE, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit', cwd: ROOT });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  if (only === 'hostile') {
    const results = { machine: { node: process.version, loadAtStart: loadavg() }, hostile: await measureHostile({ bin: BIN, out: OUT, section }) };
    writeFileSync(path.join(OUT, 'hostile-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    updateHostile(results, outFile);
    log(`\nupdated the hostile inputs in ${path.relative(ROOT, outFile)}`);
    return;
  }
  if (only === 'render') {
    log('generating the corpus …');
    const sets = generateCorpus().filter((s) => s.name !== 'large');
    const results = { machine: { node: process.version, loadAtStart: loadavg() }, render: await measureRendering(quick ? sets.slice(0, 1) : sets, { quick, out: OUT, section }) };
    writeFileSync(path.join(OUT, 'render-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    updateRendering(results, outFile);
    log(`\nupdated the rendering in ${path.relative(ROOT, outFile)}`);
    return;
  }
  const results = {
    quick,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryGB: totalmem() / 2 ** 30,
      os: `${process.platform} ${release()}`,
      node: process.version,
      loadAtStart: loadavg(),
    },
  };

  log('generating the corpus …');
  const sets = generateCorpus();
  results.corpus = sets.map((s) => ({ name: s.name, ...s.stats }));
  const batchSets = sets.filter((s) => s.name !== 'large');
  const large = sets.find((s) => s.name === 'large');

  await section('cold start');
  results.cold = measureCold();

  await section('language server');
  results.lsp = await measureLsp({ changes: quick ? 31 : 61 });

  results.batches = [];
  for (const set of batchSets) {
    for (const command of ['check', 'compile']) {
      for (const jobs of ['auto', '1']) {
        await section(`${command} ${set.name} --jobs ${jobs}`);
        const out = path.join(OUT, `${command}-${set.name}`);
        const args = command === 'check' ? ['check', set.dir] : ['compile', set.dir, '-o', out, '--quiet'];
        if (jobs === '1') args.push('--jobs', '1');
        const runs = quick ? 1 : set.stats.files >= 1000 ? 3 : 5;
        const m = measure(NODE, cli(args), { runs, warmup: quick ? 0 : 1, before: () => rmSync(out, { recursive: true, force: true }) });
        results.batches.push({ set: set.name, command, jobs, files: set.stats.files, bytes: set.stats.bytes, written: command === 'compile' ? files(out, '.json') : null, ...m });
      }
    }
  }

  // Re-checking with --cache, as CI or a pre-commit hook does on every change: nothing changed, or one file.
  results.cached = [];
  const regs1000 = sets.find((s) => s.name === 'regs-1000');
  const cacheFile = path.join(OUT, 'check-cache.json');
  const edited = regs1000.files[0].path;
  const original = readFileSync(edited, 'utf8');
  let edits = 0;
  rmSync(cacheFile, { force: true });
  runOnce(NODE, cli(['check', regs1000.dir, '--cache', '--cache-location', cacheFile]));
  for (const change of ['nothing changed', 'one file changed']) {
    await section(`check --cache regs-1000, ${change}`);
    const before = change === 'one file changed' ? () => writeFileSync(edited, `${original}\n# edit ${++edits}\n`) : undefined;
    const m = measure(NODE, cli(['check', regs1000.dir, '--cache', '--cache-location', cacheFile]), { runs: quick ? 1 : 5, warmup: quick ? 0 : 1, before });
    results.cached.push({ set: regs1000.name, change, files: regs1000.stats.files, ...m });
  }
  writeFileSync(edited, original);

  results.large = [];
  for (const file of large.files) {
    for (const command of ['check', 'compile']) {
      await section(`${command} ${path.basename(file.path)}`);
      const out = path.join(OUT, `${command}-large`);
      const args = command === 'check' ? ['check', file.path] : ['compile', file.path, '-o', out, '--quiet'];
      const m = measure(NODE, cli(args), { runs: quick ? 1 : 3, warmup: quick ? 0 : 1 });
      results.large.push({ file: path.basename(file.path), command, bytes: file.bytes, chars: file.chars, ...m });
    }
  }

  results.diagramText = [];
  for (const set of [...batchSets, large]) {
    await section(`diagram text ${set.name}`);
    const out = path.join(OUT, `mmd-${set.name}`);
    const m = measure(NODE, cli(['diagram', set.dir, '--format', 'mmd', '-o', out, '--quiet']), { runs: quick ? 1 : 3, warmup: quick ? 0 : 1, before: () => rmSync(out, { recursive: true, force: true }) });
    results.diagramText.push({ set: set.name, files: set.stats.files, bytes: set.stats.bytes, diagrams: files(out, '.mmd'), ...m });
  }

  // BPMN export: batches compiled to JSON and BPMN, as a ratio to JSON alone measured above in this run.
  results.bpmn = [];
  for (const set of batchSets.filter((s) => s.stats.files <= 100)) {
    await section(`compile --format json,bpmn ${set.name}`);
    const out = path.join(OUT, `bpmn-${set.name}`);
    const m = measure(NODE, cli(['compile', set.dir, '-f', 'json,bpmn', '-o', out, '--quiet']), { runs: quick ? 1 : 3, warmup: quick ? 0 : 1, before: () => rmSync(out, { recursive: true, force: true }) });
    const json = results.batches.find((b) => b.set === set.name && b.command === 'compile' && b.jobs === 'auto');
    results.bpmn.push({ set: set.name, files: set.stats.files, written: files(out, '.bpmn'), jsonMs: json?.wallMs ?? null, ...m });
  }

  if (render) results.render = await measureRendering(quick ? batchSets.slice(0, 1) : batchSets, { quick, out: OUT, section });
  if (hostile && render) results.hostile = await measureHostile({ bin: BIN, out: OUT, section, ...(quick ? { steps: [100] } : {}) });

  await section('profiles');
  const bundle = await buildProfileBundle(path.join(OUT, 'profile'));
  results.profiles = [
    { name: 'tartip check, one regulation (cold start)', ...profileRun(bundle, ['check', SEED], { interval: 100 }) },
    { name: 'tartip check, 100 regulations, one thread', ...profileRun(bundle, ['check', sets.find((s) => s.name === 'regs-100').dir, '--jobs', '1']) },
  ];

  results.machine.loadAtEnd = loadavg();
  results.elapsedS = (Date.now() - started) / 1000;
  writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results, outFile);
  log(`\nwrote ${path.relative(ROOT, outFile)} in ${results.elapsedS.toFixed(0)} s`);
}

await main();
