// Writes the README's corpus table (between its <!-- corpus-table --> markers) from the compiled regulations,
// so the table can never drift from the sources. Run: npm run corpus-table (after npm run build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const KIND = { resolution: 'қаулы', order: 'бұйрық', decision: 'шешім' };
const APPENDIX = { handbook: 'handbook', 'is-diagram': 'IS diagram' };

function channelName(definition, id) {
  const entity = definition.entities.find((e) => e.id === id);
  if (!entity) return id;
  if (entity.kind === 'provider') return 'office';
  if (entity.subkind === 'state-corporation') return 'State Corporation';
  if (entity.subkind === 'portal') return 'portal';
  return id;
}

/**
 * The import agreement of each act (share of its facts a `tartip import` draft holds), as test/import
 * measured and recorded it in floors.json; the import tests fail if a draft falls below it.
 */
export function importAgreement() {
  const floors = JSON.parse(readFileSync(fileURLToPath(new URL('../test/import/floors.json', import.meta.url)), 'utf8'));
  return { ...floors.unseen, ...floors.acts };
}

const percent = (facts) => (facts === undefined ? '—' : `${(facts * 100).toFixed(1).replace(/\.0$/, '')} %`);

/** One Markdown row per act: title, approving act, intake channels, steps per procedure, appendices, import agreement. */
export function corpusTable(definitions, agreement = importAgreement()) {
  const rows = definitions.map((d) => {
    const approval = d.approval ? `${KIND[d.approval.kind]} № ${d.approval.number}, ${d.approval.dateWritten ?? ''}`.trim() : '—';
    const channels = d.channels.intake.map((c) => channelName(d, c.entity)).join(', ');
    const steps = d.procedures
      .map((p) => `${channelName(d, p.channel)}${p.condition ? ' (fallback)' : ''}${p.paragraph !== null ? ` p.${p.paragraph}` : ''}: ${p.steps.length}`)
      .join('; ');
    const appendices = d.appendices
      .map((a) => `${a.number === null ? 'unnumbered' : a.number} ${APPENDIX[a.kind]} (${a.charts.length} chart${a.charts.length === 1 ? '' : 's'})`)
      .join('; ');
    const imported = percent(agreement[d.source.replace(/\.tartip$/, '')]?.facts);
    return `| ${d.title} | \`${d.source}\` | ${approval} | ${channels} | ${steps} | ${appendices} | ${d.defects.length} | ${imported} |`;
  });
  return [
    '| Act | Source | Approved by | Intake channels | Steps per procedure | Appendices generated | Recorded defects | Import agreement |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const START = '<!-- corpus-table:start -->';
const END = '<!-- corpus-table:end -->';

export function replaceTable(readme, table) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error('README.md has no corpus-table markers');
  return `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const out = mkdtempSync(path.join(tmpdir(), 'tartip-corpus-'));
  try {
    execFileSync(process.execPath, [path.join(root, 'dist/tartip.js'), 'compile', 'regulations', '-o', out, '-q'], { cwd: root, stdio: 'inherit' });
    const definitions = readdirSync(out).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(out, f), 'utf8')));
    const readmePath = path.join(root, 'README.md');
    writeFileSync(readmePath, replaceTable(readFileSync(readmePath, 'utf8'), corpusTable(definitions)));
    console.log(`README.md: corpus table of ${definitions.length} acts`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
