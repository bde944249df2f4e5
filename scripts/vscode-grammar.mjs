// Generates the TextMate grammar of Tártip (editors/vscode/syntaxes/tartip.tmLanguage.json) from grammar/keywords.json:
// every keyword form (Kazakh Cyrillic, Kazakh Latin, Russian aliases) with a keyword scope by role. Run by
// `npm run vscode-grammar` (and `npm run vsix`); a test fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';

/** Scopes by keyword role: every one a `keyword.*` scope, so any theme colours it. */
const ROLE_SCOPES = {
  header: 'keyword.other.header.tartip',
  structure: 'keyword.other.structure.tartip',
  declaration: 'keyword.declaration.tartip',
  general: 'keyword.other.general.tartip',
  procedure: 'keyword.control.procedure.tartip',
  step: 'keyword.control.step.tartip',
  operator: 'keyword.operator.word.tartip',
  appendix: 'keyword.other.appendix.tartip',
};

// What the lexer counts as a word character (src/text/characters.ts): a form is a keyword only as a whole
// word, and a hyphen joins word parts («МК-рәсімі» is one name), except after a number («9-тармағы»).
const LETTER = '\\p{L}\\p{M}';
const BEFORE = `(?<![${LETTER}0-9_])(?<![${LETTER}_]-)`;
const AFTER = `(?![${LETTER}0-9_])(?!-[${LETTER}0-9_])`;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const formPattern = (form) => form.split(/\s+/).map(escape).join('\\s+');

export function tartipGrammar(table) {
  const forms = [];
  for (const k of table.keywords) {
    for (const form of new Set([...k.kk, ...k['kk-latn'], ...k.ru])) forms.push({ form, scope: ROLE_SCOPES[k.role] ?? 'keyword.other.tartip' });
  }
  // Forms of several words first, longest first: at one position «қабылдау және беру» must win over «қабылдау».
  // One-word forms cannot compete at a position (each is a whole word), so they make one rule per role.
  const multi = forms.filter((f) => /\s/.test(f.form)).sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  const keywordRules = [];
  for (const { form, scope } of multi) {
    const last = keywordRules.at(-1);
    if (last && last.scope === scope) last.forms.push(form);
    else keywordRules.push({ scope, forms: [form] });
  }
  for (const scope of new Set(forms.map((f) => f.scope))) {
    const single = forms.filter((f) => f.scope === scope && !/\s/.test(f.form)).map((f) => f.form);
    if (single.length > 0) keywordRules.push({ scope, forms: [...new Set(single)].sort((a, b) => b.length - a.length || a.localeCompare(b)) });
  }
  return {
    $comment: 'Generated from grammar/keywords.json by scripts/vscode-grammar.mjs (npm run vscode-grammar). Do not edit.',
    name: 'Tártip',
    scopeName: 'source.tartip',
    fileTypes: ['tartip'],
    patterns: [{ include: '#comment' }, { include: '#text' }, { include: '#keywords' }, { include: '#punctuation' }, { include: '#numbers' }],
    repository: {
      comment: { name: 'comment.line.number-sign.tartip', match: '#.*$' },
      text: {
        patterns: [
          { name: 'string.quoted.other.guillemet.tartip', begin: '«', end: '»', patterns: [{ include: '#guillemet' }] },
          { name: 'string.quoted.double.tartip', match: '"(?:[^"\\\\]|\\\\.)*"?' },
          { name: 'string.quoted.other.curly.tartip', match: '“[^”]*”?' },
          { name: 'string.quoted.other.backtick.tartip', match: '`[^`\\s]+`' },
        ],
      },
      // Guillemets nest in the act's texts: ««Жеке тұлғалар» мемлекеттік деректер базасы».
      guillemet: { begin: '«', end: '»', patterns: [{ include: '#guillemet' }] },
      keywords: {
        patterns: [
          ...keywordRules.map((r) => ({ name: r.scope, match: `(?i)${BEFORE}(?:${r.forms.map(formPattern).join('|')})${AFTER}` })),
          { name: 'keyword.other.section-sign.tartip', match: '§' },
        ],
      },
      punctuation: {
        patterns: [
          { name: 'keyword.operator.arrow.tartip', match: '→|->|=>' },
          { name: 'punctuation.separator.tartip', match: '[:;,]' },
        ],
      },
      numbers: {
        patterns: [
          { name: 'constant.numeric.date.tartip', match: '\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b' },
          { name: 'constant.numeric.tartip', match: '№|\\b\\d+(?:,\\d+)?' },
        ],
      },
    },
  };
}

export const GRAMMAR_FILE = new URL('../editors/vscode/syntaxes/tartip.tmLanguage.json', import.meta.url);

export function grammarText() {
  const table = JSON.parse(readFileSync(new URL('../grammar/keywords.json', import.meta.url), 'utf8'));
  return `${JSON.stringify(tartipGrammar(table), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(GRAMMAR_FILE, grammarText());
  console.log('editors/vscode/syntaxes/tartip.tmLanguage.json written');
}
