// Writes BENCHMARKS.md from the measurements of scripts/bench.mjs, with the targets of project issue 5.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hostileSection, hostileTarget } from './bench-hostile.mjs';
import { renderingSection, renderingTarget } from './bench-render.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

const ms = (v) => (v === null || v === undefined ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
const mb = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(0)} MB`);
const num = (v, digits = 0) => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits));
const load = (l) => `${l[0].toFixed(1)}→${l[1].toFixed(1)}`;
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const verdict = (ok) => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');

/** The batch row of a set, command and --jobs. */
function batch(results, set, command, jobs = 'auto') {
  return results.batches.find((b) => b.set === set && b.command === command && b.jobs === jobs);
}

/** Cost per extra file between two sets: what the batch costs once start-up is paid. */
function marginal(a, b) {
  return a && b ? (b.wallMs - a.wallMs) / (b.files - a.files) : null;
}

/** The start-up target's row: a one-file check against `node -e 0`, measured in turns. */
function coldTarget(results) {
  const node = results.cold.find((c) => c.name === 'node -e 0');
  const one = results.cold.find((c) => c.name.startsWith('tartip check'));
  return ['one-regulation `check` within 2× `node -e 0`', `${ms(one.wallMs)} vs ${ms(node.wallMs)}: ×${num(one.wallMs / node.wallMs, 2)}`, verdict(one.wallMs <= 2 * node.wallMs)];
}

/** The cold-start section: its heading, what it measures, and the table. */
function coldStart(results) {
  const node = results.cold.find((c) => c.name === 'node -e 0');
  const alone = results.coldOnly ? ` Measured alone (\`npm run bench -- --only cold\`, ${results.coldOnly.date}, Node ${results.machine.node}), after the rest of this report.` : '';
  return ['## Cold start', `The three commands run in turns, so they share the same minutes of load.${alone}`, table(['command', 'median', 'min – max', '× node -e 0', 'peak memory', 'runs', 'load'], results.cold.map((c) => [
    `\`${c.name}\``, ms(c.wallMs), `${ms(c.minMs)} – ${ms(c.maxMs)}`, `×${num(c.wallMs / node.wallMs, 2)}`, mb(c.peakMB), c.runs, load(c.load),
  ]))];
}

/**
 * `--only cold`: replaces the cold-start section and the start-up target of an existing report, leaving the
 * rest as its run measured it (the start-up is what a change of the launcher changes).
 */
export function updateColdStart(results, outFile) {
  const text = readFileSync(outFile, 'utf8');
  const start = text.indexOf('## Cold start\n');
  const end = text.indexOf('\n## ', start + 1);
  if (start < 0 || end < 0) throw new Error(`${outFile} has no «## Cold start» section to update; run the whole bench`);
  const row = `| ${coldTarget(results).join(' | ')} |`;
  const updated = `${text.slice(0, start)}${coldStart(results).join('\n\n')}\n${text.slice(end)}`.replace(/^\| one-regulation `check` within 2× `node -e 0` \|.*$/m, row);
  writeFileSync(outFile, updated);
  refreshAnalysis(outFile);
}

/** `--only render`: replaces the rendering section and its target in an existing report. */
export function updateRendering(results, outFile) {
  const text = readFileSync(outFile, 'utf8');
  const start = text.indexOf('## Rendering\n');
  const end = text.indexOf('\n## ', start + 1);
  if (start < 0 || end < 0) throw new Error(`${outFile} has no «## Rendering» section to update; run the whole bench`);
  const row = `| ${renderingTarget(results.render).join(' | ')} |`;
  const updated = `${text.slice(0, start)}${renderingSection(results.render).join('\n\n')}\n${text.slice(end)}`.replace(/^\| rendering ≥ 30× faster per (diagram|chart) .*$/m, row);
  writeFileSync(outFile, updated);
  refreshAnalysis(outFile);
}

/** `--only hostile`: replaces (or adds, after the rendering) the hostile-input section and its target in an existing report. */
export function updateHostile(results, outFile) {
  let text = readFileSync(outFile, 'utf8');
  const section = `${hostileSection(results.hostile).join('\n\n')}\n`;
  const start = text.indexOf('## Hostile and huge inputs\n');
  if (start >= 0) text = `${text.slice(0, start)}${section}${text.slice(text.indexOf('\n## ', start + 1))}`;
  else {
    const after = text.indexOf('\n## ', text.indexOf('## Rendering\n') + 1);
    if (after < 0) throw new Error(`${outFile} has no «## Rendering» section to add the hostile inputs after; run the whole bench`);
    text = `${text.slice(0, after + 1)}${section}${text.slice(after)}`;
  }
  const row = `| ${hostileTarget(results.hostile).join(' | ')} |`;
  const existing = /^\| `tartip build` of an act at the step limit.*$/m;
  text = existing.test(text) ? text.replace(existing, row) : text.replace(/^(\| rendering ≥ 30× faster per chart .*)$/m, `$1\n${row}`);
  writeFileSync(outFile, text);
  refreshAnalysis(outFile);
}

/** Puts the current bench/ANALYSIS.md in place of the report's hand-written analysis, which ends the report. */
export function refreshAnalysis(outFile) {
  const text = readFileSync(outFile, 'utf8');
  const analysis = readFileSync(path.join(ROOT, 'bench/ANALYSIS.md'), 'utf8').trim();
  const at = text.indexOf('\n## Analysis\n');
  if (at < 0 || !analysis.startsWith('## Analysis\n')) throw new Error('no «## Analysis» section to refresh');
  writeFileSync(outFile, `${text.slice(0, at + 1)}${analysis}\n`);
}

/** The language server's target row (issue 14): the median from a change to its diagnostics. */
function lspTarget(results) {
  const l = results.lsp;
  return ['median change→diagnostics ≤ 50 ms in `tartip lsp` on the largest act (issue 14)', `${num(l.medianMs, 1)} ms: ×${num(l.ratio, 3)} of a whole \`tartip check\` of it (${ms(l.checkMs)})`, verdict(l.medianMs <= 50)];
}

/** The language-server section: the real server over stdio, driven by an LSP client (scripts/bench-lsp.mjs). */
function lspSection(results) {
  const l = results.lsp;
  const alone = results.lspOnly ? ` Measured alone (\`npm run bench -- --only lsp\`, ${results.lspOnly.date}, Node ${results.lspOnly.node}).` : '';
  return ['## Language server', `\`scripts/bench-lsp.mjs\` drives the built \`tartip lsp --stdio\` with an LSP client over stdio: it opens the largest act of \`regulations/\`, then makes one edit at a time as typing does (a letter in a text, a keyword slip, the slip mended) and times each \`didChange\` to the \`publishDiagnostics\` of that version; the baseline is a whole \`tartip check\` process of the same act in the same run.${alone}`,
    table(['act', 'characters', 'changes', 'median', 'min', 'p90', 'max', 'whole check', 'ratio', 'load'], [[
      `\`${l.file}\``, l.chars, l.changes, `${num(l.medianMs, 1)} ms`, `${num(l.minMs, 1)} ms`, `${num(l.p90Ms, 1)} ms`, `${num(l.maxMs, 1)} ms`, ms(l.checkMs), `×${num(l.ratio, 3)}`, l.load ? load(l.load) : 'n/a',
    ]])];
}

/** `--only lsp`: puts the language-server section (before «Where the time goes») and its target row in an existing report. */
export function updateLsp(results, outFile) {
  let text = readFileSync(outFile, 'utf8');
  const section = `${lspSection(results).join('\n\n')}\n`;
  const start = text.indexOf('## Language server\n');
  if (start >= 0) text = `${text.slice(0, start)}${section}${text.slice(text.indexOf('\n## ', start + 1) + 1)}`;
  else {
    const at = text.indexOf('## Where the time goes\n');
    if (at < 0) throw new Error(`${outFile} has no «## Where the time goes» section; run the whole bench`);
    text = `${text.slice(0, at)}${section}\n${text.slice(at)}`;
  }
  const row = `| ${lspTarget(results).join(' | ')} |`;
  const existing = /^\| median change→diagnostics .*$/m;
  text = existing.test(text) ? text.replace(existing, row) : text.replace(/^(\| one-regulation `check` within 2× `node -e 0` \|.*)$/m, `$1\n${row}`);
  writeFileSync(outFile, text);
}

export function targets(results) {
  const check1000 = batch(results, 'regs-1000', 'check');
  const recheck = results.cached?.find((c) => c.change === 'one file changed');
  const peak1000 = Math.max(...['check', 'compile'].flatMap((c) => ['auto', '1'].map((j) => batch(results, 'regs-1000', c, j)?.peakMB ?? 0)));
  const m1 = marginal(batch(results, 'regs-10', 'check', '1'), batch(results, 'regs-100', 'check', '1'));
  const m2 = marginal(batch(results, 'regs-100', 'check', '1'), batch(results, 'regs-1000', 'check', '1'));
  return [
    coldTarget(results),
    ...(results.lsp ? [lspTarget(results)] : []),
    ['1 000 regulations checked in under 2 s', ms(check1000?.wallMs), verdict(check1000 ? check1000.wallMs < 2000 : null)],
    ...(recheck ? [['… and re-checked with `--cache` after one file changed (not the target: most files are not compiled)', ms(recheck.wallMs), recheck.wallMs < 2000 ? 'under 2 s' : 'over 2 s']] : []),
    renderingTarget(results.render),
    hostileTarget(results.hostile),
    ['peak memory under 300 MB for 1 000 regulations', `${mb(peak1000)} (largest of check and compile, with and without workers)`, verdict(peak1000 > 0 ? peak1000 < 300 : null)],
    ['cost growing linearly with corpus size', `${num(m1, 2)} ms a file from 10 to 100, ${num(m2, 2)} ms a file from 100 to 1 000 (check, one thread)`, verdict(m1 !== null && m2 !== null ? m2 <= 1.3 * m1 : null)],
  ];
}

export function writeReport(results, outFile) {
  const lines = [];
  const push = (...blocks) => lines.push(...blocks.flatMap((b) => [b, '']));
  push('# Tártip benchmarks', '', `Written by \`npm run bench\`${results.quick ? ' (--quick: one run each, small samples; indicative only)' : ''}; raw numbers in \`bench/.out/results.json\`. Every number is a whole process run the way a user runs it (\`node dist/tartip.js …\`), median of several runs; wall time, and peak resident memory of the process (worker threads included) from GNU time.`);

  const m = results.machine;
  push('## Machine', table(['', ''], [
    ['CPU', `${m.cpu}, ${m.cores} cores available`], ['memory', `${m.memoryGB.toFixed(0)} GB`], ['OS', m.os], ['Node', m.node],
    ['load average (1, 5, 15 min)', `${m.loadAtStart.map((l) => l.toFixed(2)).join(', ')} at the start; ${m.loadAtEnd.map((l) => l.toFixed(2)).join(', ')} at the end`],
    ['bench run', `${(results.elapsedS / 60).toFixed(1)} min`],
  ]), 'The machine is shared: each table gives the 1-minute load average before → after its runs. A load of 1 on 2 cores means another process had one core, which halves what worker threads can gain; a single \`tartip check\` itself keeps about 1.3 cores busy (V8 collects garbage and optimises code on background threads).');

  push('## Corpus', 'Generated from the 11 encoded acts in `regulations/` by `scripts/bench-corpus.mjs` (seeded, so the same on every machine): each file names a district in its title, its declared units, procedures and documents get a district suffix or a Kazakh-Latin spelling, and it sits under a district folder with a Cyrillic or Latin file name. «lean» drops the encoder\'s comments, «extended» restates one procedure under a new name with its own chart; the channel mix is the base act\'s. 2 % of the files have a misspelt performer, so `check` prints errors with code frames. The large set restates procedures until one act is 100 000, 200 000 and 350 000 characters long (the limit is 500 000; the largest real act has about 20 000).',
    table(['set', 'files', 'size', 'file sizes', 'variants', 'channel mixes', 'Latin-script names', 'with an error'], results.corpus.map((c) => [
      c.name, c.files, `${(c.bytes / 2 ** 20).toFixed(1)} MB`, `${(c.minBytes / 1024).toFixed(0)}–${(c.maxBytes / 1024).toFixed(0)} KB`,
      Object.entries(c.sizes).map(([k, v]) => `${k} ${v}`).join(', '), Object.entries(c.channels).map(([k, v]) => `${k}: ${v}`).join('; '), c.scripts.latin ?? 0, c.broken,
    ])));

  push(...coldStart(results));
  if (results.lsp) push(...lspSection(results));

  push('## `check` and `compile` at scale', '`--jobs auto` is the default (worker threads when the batch is large enough, see `src/cli/workers/protocol.ts`); `--jobs 1` is one thread. `compile` writes every JSON atomically (temporary file, fsync, rename).', table(['set', 'command', 'jobs', 'files', 'MB', 'wall (min – max)', 'files/s', 'MB/s', 'ms a file', 'peak memory', 'exit', 'load'], results.batches.map((b) => [
    b.set, b.command, b.jobs, b.files, (b.bytes / 2 ** 20).toFixed(1), `${ms(b.wallMs)} (${ms(b.minMs)} – ${ms(b.maxMs)})`, num(b.files / (b.wallMs / 1000)), num(b.bytes / 2 ** 20 / (b.wallMs / 1000), 1), num(b.wallMs / b.files, 1), mb(b.peakMB), b.codes.join(','), load(b.load),
  ])), 'Exit code 1 is expected where the set holds files with errors.');

  const scale = ['check', 'compile'].flatMap((command) => ['1', 'auto'].map((jobs) => {
    const [a, b, c] = ['regs-10', 'regs-100', 'regs-1000'].map((s) => batch(results, s, command, jobs));
    return [command, jobs, num(marginal(a, b), 2), num(marginal(b, c), 2), b && c ? `×${num(c.wallMs / b.wallMs, 1)}` : 'n/a'];
  }));
  push('### Growth', 'The cost of each extra file once start-up is paid, between consecutive sets. Linear growth keeps it constant with one thread; 10 times the files take a little under 10 times as long, since start-up is paid once. With `--jobs auto` the 1 000-file set is spread over the cores, so its extra files cost less.', table(['command', 'jobs', 'ms a file, 10 → 100', 'ms a file, 100 → 1 000', 'wall 1 000 / wall 100'], scale));

  if (results.cached?.length) {
    push('### Re-checking with `--cache`', '`tartip check <set> --cache` after a first `--cache` run, as CI or a pre-commit hook re-checks a folder on every change: unchanged files are answered from the cache by their content hash, changed ones compiled. The report is byte for byte that of a full check (`test/cli/check-cache.test.ts`).', table(['set', 'change', 'files', 'wall (min – max)', 'files/s', 'peak memory', 'exit', 'load'], results.cached.map((c) => [
      c.set, c.change, c.files, `${ms(c.wallMs)} (${ms(c.minMs)} – ${ms(c.maxMs)})`, num(c.files / (c.wallMs / 1000)), mb(c.peakMB), c.codes.join(','), load(c.load),
    ])));
  }

  if (results.large?.length) {
    const checks = results.large.filter((l) => l.command === 'check');
    push('### Very large single regulations', 'One act restated until it is 5 to 17 times as long as the largest real one; one file, so one thread. Linear growth keeps the milliseconds per 100 000 characters constant once start-up is paid.', table(['file', 'characters', 'size', 'command', 'wall (min – max)', 'MB/s', 'peak memory', 'load'], results.large.map((l) => [
      l.file, l.chars.toLocaleString('en-US'), `${(l.bytes / 1024).toFixed(0)} KB`, l.command, `${ms(l.wallMs)} (${ms(l.minMs)} – ${ms(l.maxMs)})`, num(l.bytes / 2 ** 20 / (l.wallMs / 1000), 2), mb(l.peakMB), load(l.load),
    ])), checks.length >= 2 ? `Check: ${num((checks.at(-1).wallMs - checks[0].wallMs) / ((checks.at(-1).chars - checks[0].chars) / 100_000), 0)} ms per extra 100 000 characters between the smallest and the largest.` : '');
  }

  push('## Diagram text', '`tartip diagram <set> --format mmd`: compile, then write every appendix chart as Mermaid text.', table(['set', 'files', 'diagrams', 'wall (min – max)', 'diagrams/s', 'peak memory', 'load'], results.diagramText.map((d) => [
    d.set, d.files, d.diagrams, `${ms(d.wallMs)} (${ms(d.minMs)} – ${ms(d.maxMs)})`, num(d.diagrams / (d.wallMs / 1000)), mb(d.peakMB), load(d.load),
  ])));

  if (results.bpmn?.length) {
    push('## BPMN export', '`tartip compile <set> --format json,bpmn`: the JSON and one BPMN 2.0 file with its diagram per act; the ratio is to `compile` writing JSON alone, in the same run.', table(['set', 'files', '.bpmn written', 'wall (min – max)', 'ratio to JSON alone', 'peak memory', 'load'], results.bpmn.map((b) => [
      b.set, b.files, b.written, `${ms(b.wallMs)} (${ms(b.minMs)} – ${ms(b.maxMs)})`, b.jsonMs ? `×${num(b.wallMs / b.jsonMs, 2)}` : 'n/a', mb(b.peakMB), load(b.load),
    ])));
  }

  push(...renderingSection(results.render));
  push(...hostileSection(results.hostile));

  push('## Where the time goes', 'V8\'s sampling profiler on an unminified build of the same CLI (`node --cpu-prof`); each sample is charged to the innermost pipeline stage on its stack. Profiling slows the run down, so read the shares, not the milliseconds.');
  for (const p of results.profiles) {
    push(`### ${p.name} — ${ms(p.totalMs)} profiled`, table(['stage', 'ms', 'share'], p.stages.filter((s) => s.share >= 0.005).map((s) => [s.stage, num(s.ms), `${(100 * s.share).toFixed(1)} %`])));
  }

  push('## Targets', table(['target (issue 5)', 'measured', ''], targets(results)));

  const analysis = path.join(ROOT, 'bench/ANALYSIS.md');
  if (existsSync(analysis)) push(readFileSync(analysis, 'utf8').trim());
  writeFileSync(outFile, `${lines.join('\n').trim()}\n`);
}
