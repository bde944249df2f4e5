// The legends «Шартты белгілер»: the symbol sets of the seed act's appendices, drawn as Mermaid.
import type { ChartNode, EdgeKind } from './chart-model.js';
import { escapeLabel } from './escape.js';
import { WORDS } from './labels.js';
import { frontMatter } from './style.js';
import { CLASS_OF, classLines, edgeStatement, headerComments, nodeStatement } from './write-mermaid.js';

/** Legend meanings are read as lines of text, so they wrap wider than boxes (two columns share a page's width). */
const LEGEND_WRAPPING_WIDTH = 300;

type Symbol = { node: ChartNode['shape']; label?: string } | { edge: EdgeKind };

interface LegendEntry {
  symbol: Symbol;
  text: string;
}

/** The handbook's legend, word for word as the seed act's appendix 2 prints it. */
export const HANDBOOK_LEGEND: LegendEntry[] = [
  { symbol: { node: 'terminal' }, text: 'мемлекеттік қызмет көрсетудің басталуы немесе аяқталуы' },
  { symbol: { node: 'action' }, text: 'көрсетілетін қызметті алушы рәсімінің (іс-қимылының) және (немесе) құрылымдық-функционалдық бірлік атауы' },
  { symbol: { node: 'decision' }, text: 'рәсімдердің (іс-қимылдардың) реттілік шарты' },
  { symbol: { edge: 'control' }, text: 'келесі рәсімге (іс-қимылға) өту' },
];

/** The information-system diagram's legend, word for word as the seed act's appendix 1 prints it. */
export const IS_LEGEND: LegendEntry[] = [
  { symbol: { node: 'message-start', label: WORDS.message }, text: 'Бастапқы хабарлама' },
  { symbol: { node: 'message-end', label: WORDS.message }, text: 'Соңғы хабарлама' },
  { symbol: { node: 'simple-end' }, text: 'Соңғы қарапайым оқиғалар' },
  { symbol: { node: 'error-end' }, text: 'Қате' },
  { symbol: { node: 'system', label: 'АЖ' }, text: 'Ақпараттық жүйе' },
  { symbol: { node: 'process' }, text: 'Процесс' },
  { symbol: { node: 'decision' }, text: 'Шарт' },
  { symbol: { edge: 'message' }, text: 'Хабарламалар ағыны' },
  { symbol: { edge: 'control' }, text: 'Басқару ағыны' },
  { symbol: { node: 'document' }, text: 'Көрсетілетін қызметті алушыға ұсынылатын электрондық құжат' },
];

/**
 * The legend as a left-to-right flowchart: the entries in two columns, the first half on the left and
 * the rest beside them in the same order (half the height of one column, so the annex fits one page
 * sooner); in each, the symbol in the first two columns (an arrow spans both) and its meaning in the third.
 */
export function writeLegend(heading: string, entries: LegendEntry[], comments: string[]): string {
  const lines = [frontMatter('flowchart', LEGEND_WRAPPING_WIDTH), ...headerComments(comments), 'flowchart LR', `  accTitle: ${escapeLabel(heading)}`];
  const classed: { id: string; className: string }[] = [];
  lines.push(`  h["<b>${escapeLabel(heading)}</b>"]`);
  classed.push({ id: 'h', className: 'text' });
  const rows = Math.ceil(entries.length / 2);
  entries.forEach((entry, i) => {
    const n = i + 1;
    const [a, b, t] = [`k${n}a`, `k${n}b`, `k${n}t`];
    const symbol = entry.symbol;
    if ('node' in symbol) {
      const node: ChartNode = { id: a, shape: symbol.node, lines: symbol.label ? [{ text: symbol.label, style: 'plain' }] : [] };
      lines.push(`  ${nodeStatement(node)}`, `  ${b}[" "]`, `  ${a} ~~~ ${b}`);
      classed.push({ id: a, className: CLASS_OF[symbol.node] }, { id: b, className: 'hidden' });
    } else {
      lines.push(`  ${a}[" "]`, `  ${b}[" "]`, `  ${edgeStatement({ from: a, to: b, kind: symbol.edge, label: null })}`);
      classed.push({ id: a, className: 'hidden' }, { id: b, className: 'hidden' });
    }
    lines.push(`  ${t}["${escapeLabel(entry.text)}"]`, `  ${b} ~~~ ${t}`);
    classed.push({ id: t, className: 'text' });
    // The second half of the entries stands to the right of the first, row by row.
    if (i >= rows) lines.push(`  k${n - rows}t ~~~ ${a}`);
  });
  lines.push(...classLines(classed));
  return `${lines.join('\n')}\n`;
}
