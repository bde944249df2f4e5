// Writes the act as one self-contained web page: the text with paragraph anchors (#p-6-2), the charts inline as SVG; prints on A4.
import type { ActDocument, AppendixPage, ChartImages, TextBlock } from './model.js';
import { MARGIN } from './docx-layout.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE = `
@page { size: A4; margin: ${MARGIN.top}mm ${MARGIN.right}mm ${MARGIN.bottom}mm ${MARGIN.left}mm; }
@page wide { size: A4 landscape; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 14pt; line-height: 1.15; color: #000; background: #fff; max-width: 165mm; margin: 2em auto; padding: 0 1em; }
p { margin: 0; text-align: justify; text-indent: 1.25cm; }
.approval { margin: 0 0 2em 50%; text-align: right; text-indent: 0; }
h1, h2 { font-size: 14pt; text-align: center; margin: 1em 0; }
.mark { margin-left: 45%; text-align: right; text-indent: 0; }
.caption { text-align: center; text-indent: 0; font-weight: bold; margin: 1em 0; }
.chart-caption { text-align: center; text-indent: 0; margin: 0.5em 0; }
figure { margin: 0.5em 0; text-align: center; }
figure .band { break-inside: avoid; }
figure .band + .band { break-before: page; }
figure svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.legend-heading { text-indent: 0; font-weight: bold; margin-top: 1em; }
.omitted { text-indent: 0; font-style: italic; }
a.anchor { color: inherit; text-decoration: none; }
section.appendix { break-before: page; }
section.appendix.wide { page: wide; }
@media screen { section.appendix { border-top: 1px solid #999; margin-top: 3em; padding-top: 1em; } body.wide-page { max-width: none; } }
@media print { body { max-width: none; margin: 0; padding: 0; } }
`;

function blockHtml(b: TextBlock): string {
  const id = b.anchor ? ` id="${escapeHtml(b.anchor)}"` : '';
  const text = escapeHtml(b.text);
  switch (b.kind) {
    case 'approval': return `<p class="approval">${text}</p>`;
    case 'title': return `<h1>${text}</h1>`;
    case 'heading': return `<h2${id}>${text}</h2>`;
    default: return `<p${id} class="${b.kind}">${text}</p>`;
  }
}

/** The chart in its page bands, one under the other: seamless on screen, and a printed page never cuts one. */
function figure(image: ChartImages): string {
  return `<figure>${image.bands.map((b) => `<div class="band">${b.svg.replace(/^<\?xml[^>]*>\s*/, '')}</div>`).join('')}</figure>`;
}

function appendixHtml(appendix: AppendixPage, charts: Map<string, ChartImages>): string {
  const drawn = appendix.charts.map((c) => charts.get(c.diagram)).filter((c): c is ChartImages => c !== undefined);
  const wide = drawn.some((c) => c.landscape);
  const id = appendix.number === null ? 'appendix' : `appendix-${appendix.number}`;
  const parts = [`<section class="appendix${wide ? ' wide' : ''}" id="${id}">`, ...appendix.mark.map((l) => `<p class="mark">${escapeHtml(l)}</p>`), `<p class="caption">${escapeHtml(appendix.caption)}</p>`];
  for (const chart of appendix.charts) {
    if (chart.caption) parts.push(`<p class="chart-caption">${escapeHtml(chart.caption)}</p>`);
    const image = charts.get(chart.diagram);
    parts.push(image ? figure(image) : `<p class="omitted">[${escapeHtml(chart.diagram)}]</p>`);
  }
  if (appendix.legend) {
    parts.push(`<p class="legend-heading">${escapeHtml(appendix.legend.heading)}</p>`);
    const legend = appendix.legend.diagram ? charts.get(appendix.legend.diagram) : undefined;
    if (legend) parts.push(figure(legend));
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function writeHtml(doc: ActDocument, charts: Map<string, ChartImages>): string {
  return [
    '<!doctype html>',
    '<html lang="kk">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    ...(doc.date ? [`<meta name="date" content="${escapeHtml(doc.date)}">`] : []),
    '<meta name="generator" content="tartip">',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...doc.blocks.map(blockHtml),
    '</main>',
    ...doc.appendices.map((a) => appendixHtml(a, charts)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
