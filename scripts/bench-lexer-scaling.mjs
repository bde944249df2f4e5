// Measures how the lexer (and the whole compile) scales on growing pathological inputs: time must grow linearly.
//
// Not a timed test: it prints a table for the README's reliability section. Each family of hostile input is
// lexed at quadrupling sizes; for a linear lexer the time per KiB stays flat, so the growth column (time per
// KiB at the largest size over the size before) stays near 1, while a quadratic pattern would multiply it
// by the size ratio. Usage: node scripts/bench-lexer-scaling.mjs [--max-kib N] [--markdown]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

// The measurements collect garbage between runs, which needs --expose-gc: rerun with it when missing.
if (typeof globalThis.gc !== 'function') {
  const { status } = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(status ?? 1);
}

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const maxKiB = Number(args[args.indexOf('--max-kib') + 1]) || 2048;
const markdown = args.includes('--markdown');

async function load() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tartip-bench-'));
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, `export { lex } from ${JSON.stringify(path.join(root, 'src/syntax/lexer.ts'))};\nexport { compile } from ${JSON.stringify(path.join(root, 'src/compile.ts'))};\n`);
  const outfile = path.join(dir, 'bench.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  const mod = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** Repeats `unit` until the text is `size` characters long. */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Families of hostile input, each a function of the size in characters. */
const FAMILIES = {
  'unclosed « on one line': (n) => fill('«', n),
  'unclosed « on every line': (n) => fill('«а\n', n),
  '« nested n deep, closed': (n) => `${'«'.repeat(n / 2)}${'»'.repeat(n / 2)}`,
  'stray » everywhere': (n) => fill('»', n),
  'unclosed " with escapes': (n) => `"${fill('\\"', n - 1)}`,
  'unclosed “ on one line': (n) => fill('“а', n),
  'long hyphenated name': (n) => `${fill('аб-', n - 1)}-`,
  'one word, no spaces': (n) => fill('қ', n),
  'numeral words on one line': (n) => fill('он ', n),
  'multi-word keyword prefixes': (n) => fill('қабылдау ', n),
  'keyword start, long gap': (n) => `қабылдау${' '.repeat(n - 20)}жоқ`,
  'digits and dots': (n) => fill('1.', n),
  'digit run': (n) => fill('1', n),
  'NUL characters': (n) => fill('\u0000', n),
  'lone surrogates': (n) => fill('\ud800', n),
  'RTL marks in words': (n) => fill('а\u200f', n),
  'CR only line breaks': (n) => fill('а\r', n),
  'comment line': (n) => `#${fill('а', n - 1)}`,
  'closed texts, copied string': (n) => fill('«а» ', n),
};

/** The same text as a distinct string object, as a watch mode or language server would re-read it. */
const copyOf = (text) => [...text].join('');

/** Median of 5 runs, each after a full garbage collection so one run's garbage is not billed to the next. */
function time(fn) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    globalThis.gc();
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[2];
}

const { lex, compile } = await load();
lex('регламент «x»', 'warm-up');
compile('регламент «x»', 'warm-up');

// Quadrupling sizes. The lexer is measured well past the file-size limit, since small inputs fit in V8's
// young generation and run unusually fast; compile is measured up to just under the limit (500 000
// characters), above which it refuses the input at once.
const lexSizes = [32, 128, 512, 2048].filter((kib) => kib <= maxKiB);
const compileSizes = [122, 488].filter((kib) => kib <= maxKiB);

const rows = [];
for (const [name, make] of Object.entries(FAMILIES)) {
  const lexTimes = [];
  const compileTimes = [];
  for (const kib of lexSizes) {
    const text = make(kib * 1024);
    if (name.endsWith('copied string')) {
      lex(text, 'bench');
      lexTimes.push(time(() => lex(copyOf(text), 'bench')));
    } else {
      lexTimes.push(time(() => lex(text, 'bench')));
    }
  }
  for (const kib of compileSizes) {
    const text = make(kib * 1024);
    compileTimes.push(time(() => compile(text, 'bench')));
  }
  // Growth between the two largest sizes: time per KiB at the largest over time per KiB at the one before.
  const growth = (times, sizes) => (times.at(-1) / sizes.at(-1)) / Math.max(times.at(-2) / sizes.at(-2), 1e-3);
  rows.push({ name, lexTimes, compileTimes, lexGrowth: growth(lexTimes, lexSizes), compileGrowth: growth(compileTimes, compileSizes) });
  if (!markdown) console.error(`${name}: lex ${lexTimes.map((t) => t.toFixed(1)).join(' / ')} ms; compile ${compileTimes.map((t) => t.toFixed(1)).join(' / ')} ms`);
}

console.log(`| input | lex ${lexSizes.join(' / ')} KiB (ms) | lex growth | compile ${compileSizes.join(' / ')} KiB (ms) | compile growth |`);
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const ms = (times) => times.map((t) => (t < 10 ? t.toFixed(1) : t.toFixed(0))).join(' / ');
  console.log(`| ${r.name} | ${ms(r.lexTimes)} | ×${r.lexGrowth.toFixed(2)} | ${ms(r.compileTimes)} | ×${r.compileGrowth.toFixed(2)} |`);
}
console.log(`\nSizes in KiB of characters; median of 5 runs, each after a GC; Node ${process.version}. Growth is the time per KiB at the largest size over that at the size before: 1 is linear, 4 would be quadratic.`);
