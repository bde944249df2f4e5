// `npm run bench` hostile and huge inputs: a whole `tartip build` of acts with one procedure near the step limit, and the test/hostile suite, with the memory of the whole process tree.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runTree } from './bench-tree-memory.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const SEED = path.join(ROOT, 'regulations/2015-225-adoption-candidates-registration.tartip');
const LIMIT = 500; // LIMITS.stepsPerProcedure in src/syntax/limits.ts
// The most steps this act's handbook chart is still drawn with: 118 steps draw 120 shapes, MAX_CHART_BOXES
// in src/emit/mermaid/emit-diagrams.ts (119 are refused with TRT3251); the worst case the browser is given.
const LARGEST_DRAWN = 118;
const MAX_SHAPES = 120;

const ms = (v) => (v === null || v === undefined ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);
const mb = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(0)} MB`);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/**
 * The seed act with its office procedure (the first: «N-іс-қимыл» steps, then its «мерзімі») restated as
 * `steps` steps through its three performers, its results paragraph dropped (it names the five original
 * steps). Its handbook chart then has `steps` boxes in three lanes.
 */
export function actWithSteps(steps) {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const first = lines.findIndex((l) => /^\s+1-іс-қимыл /.test(l));
  const term = lines.findIndex((l, i) => i > first && /^\s+мерзімі /.test(l));
  const results = lines.findIndex((l, i) => i > term && /^\d+\. нәтижесі /.test(l));
  const after = lines.findIndex((l, i) => i > results && l.trim() === '');
  if (first < 0 || term < 0 || results < 0 || after < 0) throw new Error('the seed act no longer reads as this generator expects');
  const performers = ['кеңсе', 'басшы', 'қызметкер'];
  const body = Array.from({ length: steps }, (_, i) => [`     ${i + 1}-іс-қимыл ${performers[(i + 1) % 3]}: «құжаттарды қарайды, ${i + 1}-кезең»`, '        ұзақтығы: 20 (жиырма) минут']).flat();
  return [...lines.slice(0, first), ...body, ...lines.slice(term, results), ...lines.slice(after)].join('\n');
}

const codes = (stderr) => [...new Set(stderr.match(/TRT\d{4}/g) ?? [])].sort().join(', ') || '—';

/** Each build in a fresh folder, then the hostile suite; every run's peak is the sum over its whole process tree. */
export async function measureHostile({ bin, out, section, steps = [100, LARGEST_DRAWN, 200, LIMIT - 3] }) {
  const builds = [];
  for (const n of steps) {
    await section(`hostile: tartip build, one procedure of ${n} steps`);
    const dir = path.join(out, `hostile-${n}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    writeFileSync(path.join(dir, 'src/act.tartip'), actWithSteps(n));
    const run = await runTree(NODE, [bin, 'build', 'src', '-o', 'out', '--quiet'], { cwd: dir });
    builds.push({ steps: n, ...run, codes: codes(run.stderr), stderr: run.stderr.slice(-1500) });
    rmSync(dir, { recursive: true, force: true });
  }
  await section('hostile: the test/hostile suite');
  const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
  const suite = await runTree(NODE, [vitest, 'run', 'test/hostile'], { cwd: ROOT });
  return { builds, suite: { ...suite, stderr: suite.stderr.slice(-1500) } };
}

/** The report's section on hostile and huge inputs. */
export function hostileSection(hostile) {
  if (!hostile) return ['## Hostile and huge inputs', 'Not measured in this run (`npm run bench -- --only hostile`).'];
  const rows = hostile.builds.map((b) => [`${b.steps} steps`, ms(b.wallMs), mb(b.peakRssMB), mb(b.peakPssMB), b.processes, b.code, b.codes, `${b.load[0].toFixed(1)}→${b.load[1].toFixed(1)}`]);
  const s = hostile.suite;
  rows.push(['`vitest run test/hostile`', ms(s.wallMs), mb(s.peakRssMB), mb(s.peakPssMB), s.processes, s.code, '—', `${s.load[0].toFixed(1)}→${s.load[1].toFixed(1)}`]);
  return [
    '## Hostile and huge inputs',
    `\`tartip build\` (JSON, BPMN, every chart as SVG, PNG and PDF, the act as DOCX, HTML and PDF) of the seed act with its office procedure restated as ${hostile.builds.map((b) => b.steps).join(', ')} steps (the source limit is ${LIMIT} a procedure; \`scripts/bench-hostile.mjs\`), and the whole hostile-input suite. Memory is that of the whole process tree, Chromium's processes included, sampled every 100 ms from /proc: the sum of resident sets counts the pages the processes share (Chromium's binary, libraries) once in each; the sum of proportional sets (PSS) shares them out, and is what the tree holds. A chart over its time budget (60 s) ends in TRT3250, a chart of more than ${MAX_SHAPES} shapes in TRT3251 before the browser sees it (${LARGEST_DRAWN} steps is the largest still drawn); the rest of the act is still written.`,
    table(['run', 'wall', 'peak RSS, summed', 'peak PSS, summed', 'processes', 'exit', 'diagnostics', 'load'], rows),
    ...hostile.builds.filter((b) => b.atPeak?.length).map((b) => `At the peak of the ${b.steps}-step build, by process, PSS (RSS): ${[...b.atPeak].sort((x, y) => y.pssMB - x.pssMB).map((p) => `${p.kind} ${p.pssMB} MB (${p.rssMB} MB)`).join('; ')}.`),
  ];
}

/** The memory target's row: every build up to the limit under 1 GB (PSS, what the tree holds); the largest peak is named. */
export function hostileTarget(hostile) {
  const name = '`tartip build` of an act at the step limit, and of every smaller one measured, under 1 GB (issue 18)';
  if (!hostile?.builds.length) return [name, 'n/a', 'not measured'];
  const top = hostile.builds.reduce((a, b) => (b.peakPssMB > a.peakPssMB ? b : a));
  const all = hostile.builds.map((b) => `${b.steps} steps ${mb(b.peakPssMB)}`).join(', ');
  return [name, `PSS ${all}; largest ${mb(top.peakPssMB)} at ${top.steps} steps (${mb(top.peakRssMB)} RSS summed over ${top.processes} processes), ${ms(top.wallMs)}`, hostile.builds.every((b) => b.peakPssMB < 1024) ? '**met**' : '**missed**'];
}
