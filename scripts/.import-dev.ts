import { readFileSync, writeFileSync } from 'node:fs';
import { importAct } from '../src/import/import-act.ts';
import { compile } from '../src/compile.ts';
const [,, from, to, ...more] = process.argv;
const all = readFileSync('/work/shared/corpus/newspaper-2018.txt', 'utf8').split('\n');
const spans: [number, number][] = [[+from!, +to!]];
for (let i = 0; i < more.length; i += 2) spans.push([+more[i]!, +more[i + 1]!]);
// keep line numbers: blank out everything else
const text = from!.includes('/') ? readFileSync(from!, 'utf8') : all.map((l, i) => spans.some(([a, b]) => i + 1 >= a && i + 1 <= b) ? l : '').join('\n');
const r = importAct(text, 'newspaper.txt');
writeFileSync('/tmp/imp/draft.tartip', r.draft);
for (const d of r.diagnostics) console.log('IMPORT', d.code, d.range.start.line, d.message.en);
const c = compile(r.draft, 'draft.tartip');
for (const d of c.diagnostics.filter((d) => d.severity !== 'info')) console.log('COMPILE', d.severity, d.code, d.range.start.line, d.message.en);
console.log(r.report.steps, r.report.durations, 'json?', !!c.json);
