// Weighs Mermaid's ELK layout against the swimlane layout Tártip draws with, on every chart of regulations/: `npm run weigh-layouts`.
// Each chart is drawn three ways in one Chromium page: as `tartip diagram` draws it (Mermaid's swimlane-beta
// router), and as the same lanes (subgraphs), boxes and arrows in a flowchart laid out by ELK
// (@mermaid-js/layout-elk, «elk.layered») and by Mermaid's default dagre; all three then go through the same
// arrow re-routing (src/render/facing-routes.ts). Every drawing is measured by the layout test's own rules
// (test/layout/checks.ts), plus the one a swimlane chart cannot do without: its lanes are bands side by side,
// each across the chart's whole extent, none overlapping another. Prints a Markdown table.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

/** The renderer, the compiler and the layout test's checks, bundled from source so this script measures what the tests measure. */
async function harness() {
  const entry = [
    "export { compile } from './src/compile.ts';",
    "export { emitDiagrams } from './src/emit/mermaid/emit-diagrams.ts';",
    "export { MermaidPage } from './src/render/mermaid-page.ts';",
    "export { launchBrowser } from './src/render/launch.ts';",
    "export { discoverBrowser } from './src/render/browser-discovery.ts';",
    "export { layoutProblems } from './test/layout/checks.ts';",
    "export { readGeometry } from './test/layout/geometry.ts';",
  ].join('\n');
  // Inside the repository (an ignored folder), so the bundle's packages resolve from node_modules.
  const out = path.join(root, '.tmp', `weigh-layouts-${process.pid}.mjs`);
  await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'error' });
  try {
    return await import(out);
  } finally {
    rmSync(out, { force: true });
  }
}

/** ELK's Mermaid layouts as one browser script that registers them with the page's Mermaid. */
async function elkScript() {
  const result = await build({
    stdin: { contents: "import layouts from '@mermaid-js/layout-elk'; window.mermaid.registerLayoutLoaders(layouts);", resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** The same chart as a flowchart: its front matter told which layout to use, its lanes kept as subgraphs. */
function asFlowchart(mermaid, layout) {
  return mermaid.replace(/^config:\n/m, `config:\n  layout: ${layout}\n`).replace(/^swimlane-beta (TB|LR)$/m, 'flowchart $1');
}

/** Lanes as a printed swimlane chart has them: bands side by side (or one above another), all of one extent, none overlapping. */
function laneProblemsIn() {
  const lanes = [...document.querySelectorAll('svg g.cluster')].map((g) => ({ id: g.id, box: g.getBoundingClientRect(), members: [] }));
  const problems = [];
  if (lanes.length < 2) return problems;
  const across = (b) => [b.top, b.bottom];
  const along = (b) => [b.left, b.right];
  const vertical = lanes.every((l) => Math.abs(l.box.top - lanes[0].box.top) < 2);
  const extent = vertical ? across : along;
  const [lo, hi] = extent(lanes[0].box);
  for (const l of lanes) {
    const [a, b] = extent(l.box);
    if (Math.abs(a - lo) > 2 || Math.abs(b - hi) > 2) problems.push(`lane ${l.id} is not a band of the chart's full extent`);
  }
  for (let i = 0; i < lanes.length; i++)
    for (let j = i + 1; j < lanes.length; j++) {
      const p = lanes[i].box;
      const q = lanes[j].box;
      if (p.left < q.right - 2 && q.left < p.right - 2 && p.top < q.bottom - 2 && q.top < p.bottom - 2) problems.push(`lanes ${lanes[i].id} and ${lanes[j].id} overlap`);
    }
  return problems;
}

/** `--out <dir>` keeps every drawing as an SVG, to look at. */
const keepAt = process.argv.indexOf('--out');
const keep = keepAt > 0 ? path.resolve(process.argv[keepAt + 1]) : null;
if (keep) mkdirSync(keep, { recursive: true });

async function main() {
  const h = await harness();
  const browser = h.discoverBrowser();
  if (!browser.found) throw new Error(`no browser: tried ${browser.tried.join(', ')}`);
  const launched = await h.launchBrowser(browser.path);
  const rows = [];
  try {
    const page = await h.MermaidPage.open(launched.browser);
    // The page admits no network request: ELK comes in as a script of its own, like Mermaid.
    await page.page.addScriptTag({ content: await elkScript() });
    const measure = async (id, text) => {
      let svg;
      try {
        ({ svg } = await page.svg(id, text));
        if (keep) writeFileSync(path.join(keep, `${id}.svg`), svg);
      } catch (error) {
        return { failed: String(error instanceof Error ? error.message : error).split('\n')[0] };
      }
      const probe = await launched.browser.newPage();
      try {
        const geometry = await probe.evaluate(h.readGeometry, svg);
        const lanes = await probe.evaluate(laneProblemsIn);
        const size = await probe.evaluate(() => {
          const r = document.querySelector('svg').getBoundingClientRect();
          return `${Math.round(r.width)}×${Math.round(r.height)}`;
        });
        return { problems: h.layoutProblems(geometry), lanes, size };
      } finally {
        await probe.close();
      }
    };
    const files = readdirSync(path.join(root, 'regulations')).filter((f) => f.endsWith('.tartip')).sort();
    for (const file of files) {
      const text = readFileSync(path.join(root, 'regulations', file), 'utf8');
      const json = h.compile(text, file).json;
      if (!json) continue;
      for (const d of h.emitDiagrams(json).diagrams.filter((x) => x.kind === 'chart')) {
        const id = `w-${file.replace(/\.tartip$/, '')}-${d.name}`.replace(/[^a-z0-9-]/gi, '-');
        const row = { chart: `${file.replace(/\.tartip$/, '')}/${d.name}` };
        for (const [layout, text] of [['swimlane', d.mermaid], ['elk', asFlowchart(d.mermaid, 'elk')], ['dagre', asFlowchart(d.mermaid, 'dagre')]]) row[layout] = await measure(`${id}-${layout}`, text);
        rows.push(row);
        process.stderr.write(`${rows.length} ${row.chart}\n`);
      }
    }
  } finally {
    await launched.close();
  }
  const cell = (m) => (m.failed ? `failed: ${m.failed}` : `${m.problems.length} + ${m.lanes.length} lane (${m.size})`);
  const sum = (layout) => rows.reduce((n, r) => n + (r[layout].failed ? 0 : r[layout].problems.length), 0);
  const laneSum = (layout) => rows.reduce((n, r) => n + (r[layout].failed ? 0 : r[layout].lanes.length), 0);
  const clean = (layout) => rows.filter((r) => !r[layout].failed && r[layout].problems.length === 0 && r[layout].lanes.length === 0).length;
  console.log('| chart | swimlane (drawn today) | ELK layered | dagre |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.chart} | ${cell(r.swimlane)} | ${cell(r.elk)} | ${cell(r.dagre)} |`);
  console.log(`| **all ${rows.length} charts** | ${sum('swimlane')} + ${laneSum('swimlane')} lane; ${clean('swimlane')} clean | ${sum('elk')} + ${laneSum('elk')} lane; ${clean('elk')} clean | ${sum('dagre')} + ${laneSum('dagre')} lane; ${clean('dagre')} clean |`);
  const kinds = (layout) => {
    const counts = new Map();
    const KINDS = [['overlap', 'boxes overlap'], ['crosses box', 'an arrow crosses a box'], ['lines', 'a box over ten lines'], ['runs out', 'a label outside its shape'], ['last segment', 'arrows share their last segment'], ['away from its source', 'an arrow enters from the far side']];
    for (const r of rows)
      for (const p of r[layout].problems ?? []) {
        const kind = KINDS.find(([k]) => p.includes(k))?.[1] ?? p;
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
    return [...counts].map(([k, n]) => `${k} ${n}`).join('; ');
  };
  for (const layout of ['swimlane', 'elk', 'dagre']) console.log(`\n${layout}: ${kinds(layout) || 'no problems'}`);
}

await main();
