// Synthetic corpus for `npm run bench`: varied regulations made from the real ones in regulations/.
//
// Every synthetic file is a real encoded act with its own names: the title names a district, the
// act's declared short names (units, procedures, documents) get a district suffix or a Kazakh-Latin
// spelling, and the file sits under a district folder with a Cyrillic or Latin file name. Sizes vary:
// «lean» drops the encoder's comments, «as printed» keeps the act whole, «extended» restates one
// procedure under a new name with its own chart (a longer act with one more diagram). The channel mix
// is the base act's (MC + portal, office + portal, office + MC, office + portal + workstation). A few
// files get a misspelt performer, as a ministry's repository has on a bad day, so `check` reports
// errors with code frames. Everything is seeded: the same corpus on every machine.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
export const CORPUS_DIR = path.join(ROOT, 'bench/.corpus');

const DISTRICTS = ['Арал', 'Қазалы', 'Қармақшы', 'Жалағаш', 'Сырдария', 'Шиелі', 'Жаңақорған', 'Тереңөзек', 'Байқоңыр', 'Ақмешіт', 'Түркістан', 'Жетісай', 'Сайрам', 'Мақтаарал', 'Ордабасы', 'Қостанай', 'Әулиекөл', 'Ұзынкөл', 'Павлодар', 'Екібастұз'];
/** Words that are also keywords or vocabulary (a system kind, the decision clause): renaming them would change the grammar, not the names. */
// Names that are also keywords (the approving act's kinds among them) or shared vocabulary.
const KEEP = new Set(['алушы', 'беруші', 'портал', 'шлюз', 'тізілім', 'хабарлама', 'шешім', 'қаулы', 'бұйрық']);
const LATIN = { а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'ş', щ: 'şş', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia' };

/** Mulberry32: a small seeded generator, so the corpus is the same on every run and machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const latin = (word) => [...word.toLowerCase()].map((c) => LATIN[c] ?? c).join('');
/** A plain ASCII folder name: Kazakh-Latin letters without their diacritics. */
const slug = (word) => latin(word).replace(/ı/g, 'i').normalize('NFD').replace(/[^a-z]/g, '');

/**
 * Splits a source into code and non-code pieces: «…» (nested, over lines), "…", “…” and # comments are
 * kept verbatim, since they are the act's own wording; only code between them is rewritten.
 */
function pieces(source) {
  const out = [];
  let code = '';
  let i = 0;
  const flush = () => (code && out.push({ code: true, text: code }), (code = ''));
  while (i < source.length) {
    const c = source[i];
    let end = -1;
    if (c === '«') {
      let depth = 0;
      for (end = i; end < source.length; end++) {
        if (source[end] === '«') depth++;
        else if (source[end] === '»' && --depth === 0) break;
      }
      end++;
    } else if (c === '"') {
      end = i + 1;
      while (end < source.length && source[end] !== '"' && source[end] !== '\n') end += source[end] === '\\' ? 2 : 1;
      end++;
    } else if (c === '“') end = source.indexOf('”', i) + 1;
    else if (c === '#') end = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    if (end > i) {
      flush();
      out.push({ code: false, text: source.slice(i, end) });
      i = end;
    } else {
      code += c;
      i++;
    }
  }
  flush();
  return out;
}

const WORD = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu;

/** Renames whole words in code; texts and comments stay as the act prints them. */
function renameWords(source, names) {
  return pieces(source)
    .map((p) => (p.code ? p.text.replace(WORD, (w) => names.get(w) ?? w) : p.text))
    .join('');
}

/** The act's declared short names that can be renamed without touching keywords, vocabulary or abbreviations. */
function declaredNames(definition) {
  const ids = [...definition.entities.map((e) => e.id), ...definition.procedures.map((p) => p.id), ...definition.documents.map((d) => d.id)];
  // An all-capitals name (МК, ЭҮШ) is also written in the act's texts, where renaming would leave it undeclared.
  return [...new Set(ids)].filter((id) => !KEEP.has(id) && /\p{Ll}/u.test(id));
}

function stripComments(source) {
  return source
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
}

function indentOf(line) {
  return line.length - line.trimStart().length;
}

/** Lines [start, end) of the procedure named `id`: its header line and everything indented under it. */
function procedureLines(lines, id) {
  const start = lines.findIndex((l) => new RegExp(`^\\s*рәсім\\s+${id}\\s*:`, 'u').test(l));
  if (start < 0) return undefined;
  const indent = indentOf(lines[start]);
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > indent)) end++;
  while (end > start + 1 && lines[end - 1].trim() === '') end--;
  return [start, end];
}

/** Restates procedure `id` as `copy` right after it, and draws it in the appendix after the original's chart. */
export function restateProcedure(source, id, copy) {
  const lines = source.split('\n');
  const span = procedureLines(lines, id);
  if (!span) return source;
  const [start, end] = span;
  const original = lines.slice(start, end).join('\n');
  // What the procedure declares inside its steps (documents, systems, participants) is declared again by
  // the copy: under names of its own, so the act does not declare one name twice.
  const inner = [...original.matchAll(/^\s*(?:құжат|жүйе|қатысушы)\s+([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*)/gmu)].map((m) => m[1]);
  const block = renameWords(original, new Map([[id, copy], ...inner.filter((n) => n !== id).map((n) => [n, `${n}-${copy}`])])).split('\n');
  lines.splice(end, 0, ...block);
  const chart = lines.findIndex((l) => new RegExp(`^\\s*сызба\\s+${id}(\\s|:|$)`, 'u').test(l));
  if (chart >= 0) {
    let after = chart + 1;
    while (after < lines.length && indentOf(lines[after]) > indentOf(lines[chart]) && lines[after].trim() !== '') after++;
    lines.splice(after, 0, `${' '.repeat(indentOf(lines[chart]))}сызба ${copy}`);
  }
  return lines.join('\n');
}

/** Misspells one performer of a step («басшы:» → «басщы:»): an undeclared name, reported with «did you mean». */
function misspell(source, names) {
  for (const name of names) {
    const at = source.search(new RegExp(`\\d\\)\\s+${name}:`, 'u'));
    if (at < 0 || !/[шс]/u.test(name)) continue;
    const head = source.slice(at);
    const fixed = head.replace(name, name.replace(/ш/u, 'щ').replace(/^([^щ]*?)с/u, '$1з'));
    return source.slice(0, at) + fixed;
  }
  return source;
}

export function loadBases() {
  const dir = path.join(ROOT, 'regulations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tartip'))
    .sort()
    .map((file) => {
      const golden = path.join(ROOT, 'test/golden/json', file.replace(/\.tartip$/, '.json'));
      const definition = JSON.parse(readFileSync(golden, 'utf8'));
      const channels = [...new Set(definition.procedures.map((p) => p.channel))].sort();
      return { file, source: readFileSync(path.join(dir, file), 'utf8'), definition, channels };
    });
}

/** One synthetic regulation: returns its relative path, text and what it varies. */
export function synthesize(bases, index, rand) {
  const base = bases[Math.floor(rand() * bases.length)];
  const district = DISTRICTS[index % DISTRICTS.length];
  const script = rand() < 0.2 ? 'latin' : 'cyrillic';
  const suffix = `${slug(district)}${Math.floor(index / DISTRICTS.length) + 1}`;
  const names = new Map(declaredNames(base.definition).map((id) => [id, script === 'latin' ? `${latin(id)}-${suffix}` : `${id}-${district.toLowerCase()}`]));
  const roll = rand();
  const size = roll < 0.3 ? 'lean' : roll < 0.8 ? 'as printed' : 'extended';
  let source = base.source;
  if (size === 'lean') source = stripComments(source);
  if (size === 'extended') {
    const procedure = base.definition.procedures[Math.floor(rand() * base.definition.procedures.length)].id;
    source = restateProcedure(source, procedure, `${procedure}-2`);
    names.set(`${procedure}-2`, `${names.get(procedure) ?? procedure}-2`);
  }
  source = renameWords(source, names);
  source = source.replace(/регламент «([^]*?)»/u, (_, title) => `регламент «${title} (${district} ауданы, ${index + 1})»`);
  const broken = rand() < 0.02;
  if (broken) source = misspell(source, [...names.values()]);
  const stem = base.file.replace(/\.tartip$/, '').replace(/^\d{4}-\d+-\d+-/, '').replace(/^\d{4}-\d+-/, '');
  const fileName = rand() < 0.5 ? `${String(index + 1).padStart(4, '0')}-${stem}` : `${String(index + 1).padStart(4, '0')} ${district} регламенті`;
  return { relative: `${slug(district)}/${fileName}.tartip`, source, base: base.file, channels: base.channels, size, script, broken };
}

/** A very large act: one base with its procedures restated until the source reaches `chars` characters. */
export function synthesizeLarge(bases, chars, label) {
  const base = bases.find((b) => b.definition.procedures.length >= 2) ?? bases[0];
  let source = base.source;
  let round = 2;
  while (source.length < chars) {
    for (const p of base.definition.procedures) {
      if (source.length >= chars) break;
      source = restateProcedure(source, p.id, `${p.id}-${round}`);
    }
    round++;
  }
  return { relative: `large-${label}.tartip`, source, base: base.file, channels: base.channels, size: 'large', script: 'cyrillic', broken: false };
}

/** The `count` acts of a set, in memory: each with its source, the act it was made from and whether it was broken on purpose. */
export function corpusFiles(count, seed = 20180514, bases = loadBases()) {
  const rand = random(seed + count);
  return Array.from({ length: count }, (_, i) => synthesize(bases, i, rand));
}

/** Writes bench/.corpus/<set>/…; returns the sets with their files and statistics. */
export function generateCorpus({ sizes = [10, 100, 1000], large = [100_000, 200_000, 350_000], seed = 20180514 } = {}) {
  const bases = loadBases();
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  const sets = [];
  for (const count of sizes) sets.push(writeSet(`regs-${count}`, corpusFiles(count, seed, bases)));
  sets.push(writeSet('large', large.map((chars) => synthesizeLarge(bases, chars, `${Math.round(chars / 1000)}k`))));
  return sets;
}

function writeSet(name, files) {
  const dir = path.join(CORPUS_DIR, name);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f.relative)), { recursive: true });
    writeFileSync(path.join(dir, f.relative), f.source);
  }
  const bytes = files.map((f) => Buffer.byteLength(f.source));
  const count = (key) => Object.fromEntries([...new Set(files.map(key))].sort().map((k) => [k, files.filter((f) => key(f) === k).length]));
  return {
    name,
    dir,
    files: files.map((f) => ({ path: path.join(dir, f.relative), bytes: Buffer.byteLength(f.source), chars: f.source.length })),
    stats: {
      files: files.length,
      bytes: bytes.reduce((a, b) => a + b, 0),
      minBytes: Math.min(...bytes),
      maxBytes: Math.max(...bytes),
      sizes: count((f) => f.size),
      channels: count((f) => f.channels.join(' + ')),
      scripts: count((f) => f.script),
      broken: files.filter((f) => f.broken).length,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const set of generateCorpus()) console.log(set.name, JSON.stringify(set.stats));
}
