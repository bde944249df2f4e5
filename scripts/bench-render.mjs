// `npm run bench` rendering: `tartip diagram` of 10, 100 and 1 000 acts beside one `mmdc` process per chart, in the same run.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measure, median, runOnce } from './bench-run.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE = process.execPath;
// TARTIP_BENCH_BIN: a copy of the build to measure (e.g. bench/.dist/tartip.js), so rebuilding dist/ meanwhile changes nothing.
const BIN = process.env.TARTIP_BENCH_BIN ? path.resolve(process.env.TARTIP_BENCH_BIN) : path.join(ROOT, 'dist/tartip.js');
// TARTIP_BENCH_BASE: an earlier build (e.g. bench/.dist/base/tartip.js, built from the commit before a change), rendered
// right before this one on every set, so a change is measured before and after in the same minutes of load.
const BASE = process.env.TARTIP_BENCH_BASE ? path.resolve(process.env.TARTIP_BENCH_BASE) : undefined;

const ms = (v) => (v === null || v === undefined ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function findBrowser() {
  return [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}

/** `count` files spread evenly over the sorted list, so a sample holds small and large charts alike. */
function spread(list, count) {
  const n = Math.min(list.length, count);
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}

/**
 * For each set: `tartip diagram <set> --format svg` as a user runs it (compiling, starting the browser and
 * writing every file included), then one `mmdc -i x.mmd -o x.svg` process per chart on a sample of the same
 * set's charts, right after, so both see the same minutes of load. mmdc costs the same per chart whatever the
 * set's size (each process starts its own browser), so the 1 000-act set is compared with its sample's median
 * per chart instead of 2 700 mmdc runs; the report says which sets were extrapolated so.
 */
export async function measureRendering(sets, { quick, out, section }) {
  const browser = findBrowser();
  if (!browser) return { skipped: 'no Chromium found (set PUPPETEER_EXECUTABLE_PATH)' };
  const env = { PUPPETEER_EXECUTABLE_PATH: browser };
  const config = path.join(out, 'puppeteer-config.json');
  writeFileSync(config, JSON.stringify({ executablePath: browser, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] }));
  const mmdc = path.join(ROOT, 'node_modules/.bin/mmdc');
  const results = [];
  for (const set of sets) {
    await section(`render: tartip diagram ${set.name} --format svg`);
    const target = path.join(out, `render-${set.name}`);
    const big = set.stats.files >= 1000;
    const runs = quick || set.stats.files >= 100 ? 1 : 2;
    const render = (bin) => measure(NODE, [bin, 'diagram', set.dir, '--format', 'svg', '-o', target, '--quiet'], { runs, warmup: 0, env, before: () => rmSync(target, { recursive: true, force: true }) });
    const base = BASE ? render(BASE) : undefined;
    const tartip = render(BIN);
    const mmdFiles = readdirSync(target, { recursive: true }).map(String).filter((f) => f.endsWith('.mmd')).sort().map((f) => path.join(target, f));
    const diagrams = mmdFiles.length;

    await section(`render: one mmdc per chart, ${set.name}`);
    const sample = spread(mmdFiles, quick ? 2 : big ? 6 : 8);
    const walls = [];
    let failures = 0;
    for (const input of sample) {
      const run = runOnce(mmdc, ['-i', input, '-o', path.join(out, 'mmdc-out.svg'), '-p', config, '-q'], { env });
      if (run.code === 0) walls.push(run.wallMs);
      else failures++;
    }
    const perTartip = tartip.wallMs / Math.max(1, diagrams);
    const perMmdc = walls.length ? median(walls) : null;
    results.push({
      set: set.name,
      acts: set.stats.files,
      diagrams,
      tartip: { ...tartip, perDiagramMs: perTartip },
      mmdc: { sample: walls.length, failures, perDiagramMs: perMmdc, minMs: walls.length ? Math.min(...walls) : null, maxMs: walls.length ? Math.max(...walls) : null, extrapolated: walls.length < diagrams },
      ratio: perMmdc === null ? null : perMmdc / perTartip,
      ...(base ? { base: { ...base, perDiagramMs: base.wallMs / Math.max(1, diagrams), ratio: perMmdc === null ? null : perMmdc / (base.wallMs / Math.max(1, diagrams)) } } : {}),
    });
    rmSync(target, { recursive: true, force: true });
  }
  return { browser, sets: results, ...(BASE ? { base: path.relative(ROOT, BASE) } : {}) };
}

/** The report's rendering section. */
export function renderingSection(render) {
  if (!render) return ['## Rendering', 'Not measured (`--no-render`).'];
  if (render.skipped) return ['## Rendering', `Not measured: ${render.skipped}.`];
  const rows = render.sets.map((r) => [
    r.set, r.acts, r.diagrams, ms(r.tartip.wallMs), ms(r.tartip.perDiagramMs),
    `${ms(r.mmdc.perDiagramMs)} (${r.mmdc.sample} runs, ${ms(r.mmdc.minMs)} – ${ms(r.mmdc.maxMs)})${r.mmdc.failures ? `, ${r.mmdc.failures} failed` : ''}`,
    r.mmdc.extrapolated ? `sample of ${r.mmdc.sample}, × ${r.diagrams} charts` : 'every chart',
    r.ratio === null ? 'n/a' : `**×${r.ratio.toFixed(1)}**`,
    ...(render.base ? [r.base ? `${ms(r.base.wallMs)}, ${ms(r.base.perDiagramMs)} a chart, ×${r.base.ratio?.toFixed(1) ?? 'n/a'}` : 'n/a'] : []),
    `${r.tartip.load[0].toFixed(1)}→${r.tartip.load[1].toFixed(1)}`,
  ]);
  const before = render.base ? ` The earlier build \`${render.base}\` rendered each set right before this one (column «before»), in the same run.` : '';
  return [
    '## Rendering',
    `SVG, with ${render.browser}. Tártip: \`tartip diagram <set> --format svg\` as a user runs it: compiling, starting the one browser, loading Mermaid once into each of its pages (two for a batch of 12 charts or more on two cores), rendering the charts through each page's pool and writing every file are all in its time. \`mmdc\`: one \`mmdc -i x.mmd -o x.svg\` process per chart (@mermaid-js/mermaid-cli, the same Mermaid) on a sample of the same set's \`.mmd\` files, run right after it in the same bench run. mmdc's cost per chart does not depend on the set (every process starts its own browser), so its per-chart median is compared with Tártip's wall time divided by the set's charts; for sets larger than the sample, mmdc's total is that median times the charts (extrapolated, as the column says).${before}`,
    table(['set', 'acts', 'charts', 'tartip wall', 'tartip per chart', 'mmdc per chart', 'mmdc measured on', 'per chart, mmdc ÷ tartip', ...(render.base ? ['before (same run)'] : []), 'load'], rows),
  ];
}

/** The rendering target's row. */
export function renderingTarget(render) {
  const sets = render && !render.skipped ? render.sets : [];
  const ratios = sets.filter((r) => r.ratio !== null);
  const measured = ratios.length ? ratios.map((r) => `×${r.ratio.toFixed(1)} at ${r.acts} acts`).join(', ') : 'n/a';
  const verdict = ratios.length === 0 ? 'n/a' : ratios.every((r) => r.ratio >= 30) ? '**met**' : '**missed**';
  return ['rendering ≥ 30× faster per chart than one `mmdc` per chart, at 10, 100 and 1 000 acts', measured, verdict];
}
