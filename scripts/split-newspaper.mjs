// Copies every paragraph of ../shared/corpus/newspaper-2018.txt into test/fixtures/newspaper/ as its own file, for the fuzz suite.
//
// A paragraph is a run of lines that are not blank; blank and whitespace-only lines separate them. Each
// file is named after the 1-based line its paragraph starts on (L00792.txt), so a failure points straight
// back into the newspaper and into corpus/MAP.md. The files are copies, never links, so the suite does not
// depend on the shared corpus being present. Usage: node scripts/split-newspaper.mjs [newspaper.txt]
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const source = path.resolve(process.argv[2] ?? path.join(root, '../shared/corpus/newspaper-2018.txt'));
const outDir = path.join(root, 'test/fixtures/newspaper');

const lines = readFileSync(source, 'utf8').split('\n');
const paragraphs = [];
let current;
lines.forEach((line, index) => {
  if (line.trim() === '') {
    current = undefined;
    return;
  }
  if (!current) {
    current = { line: index + 1, lines: [] };
    paragraphs.push(current);
  }
  current.lines.push(line);
});

mkdirSync(outDir, { recursive: true });
// Only the files this script owns are replaced; the README beside them stays.
for (const name of readdirSync(outDir)) if (/^L\d{5}\.txt$/.test(name)) rmSync(path.join(outDir, name));
for (const p of paragraphs) {
  writeFileSync(path.join(outDir, `L${String(p.line).padStart(5, '0')}.txt`), `${p.lines.join('\n')}\n`);
}
console.log(`${paragraphs.length} paragraphs of ${path.basename(source)} (${lines.length} lines) → ${path.relative(root, outDir)}`);
