// Writes the list of every keyword form into grammar/REFERENCE.md (between its keyword-list markers),
// from grammar/keywords.json. Run by `npm run grammar`; a test keeps the list current.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- keyword-list:start -->';
const END = '<!-- keyword-list:end -->';

export function keywordList(table) {
  const rows = table.keywords.map((k) => {
    const forms = (list) => list.map((f) => `\`${f}\``).join(', ');
    return `| ${forms(k.kk)} | ${k.role} | ${k.en.replace(/\|/g, '\\|')} | ${forms(k['kk-latn'])} | ${forms(k.ru)} |`;
  });
  return [
    START,
    '<!-- Generated from grammar/keywords.json by scripts/keyword-list.mjs (npm run grammar). Do not edit. -->',
    '',
    '| Kazakh forms | role | meaning | Kazakh Latin | Russian |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    END,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = JSON.parse(readFileSync(new URL('../grammar/keywords.json', import.meta.url), 'utf8'));
  const file = new URL('../grammar/REFERENCE.md', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < 0) throw new Error('grammar/REFERENCE.md has no keyword-list markers');
  writeFileSync(file, text.slice(0, from) + keywordList(table) + text.slice(to + END.length));
  console.log('grammar/REFERENCE.md keyword list written');
}
