// The look shared by every chart: black on white for print, a font with every Kazakh letter.

/**
 * DejaVu Sans covers ә ғ қ ң ө ұ ү һ і and the envelope and arrow symbols; `.ci/run` installs it.
 * Mermaid measures text with it, so the same font gives the same layout on every machine.
 */
export const FONT_FAMILY = '"DejaVu Sans", sans-serif';

/** Width at which Mermaid wraps a box's text, in pixels. */
export const WRAPPING_WIDTH = 180;

const THEME_VARIABLES: Record<string, string> = {
  fontFamily: FONT_FAMILY,
  fontSize: '13px',
  background: '#ffffff',
  primaryColor: '#ffffff',
  primaryTextColor: '#000000',
  primaryBorderColor: '#000000',
  secondaryColor: '#ffffff',
  tertiaryColor: '#ffffff',
  lineColor: '#000000',
  textColor: '#000000',
  mainBkg: '#ffffff',
  nodeBorder: '#000000',
  clusterBkg: '#ffffff',
  clusterBorder: '#000000',
  titleColor: '#000000',
  edgeLabelBackground: '#ffffff',
};

/**
 * CSS added to the diagram. A lane header band is a fixed 36 px high in Mermaid's swimlane layout,
 * so lane titles use a smaller type that fits two lines in it. Not bold: Mermaid decides where a
 * title wraps by measuring it before this CSS applies, and a bold title would then overflow.
 */
const THEME_CSS = [
  '.swimlane-label .nodeLabel, .swimlane-label p { font-size: 11px; line-height: 1.3; }',
  '.edgeLabel p { font-size: 12px; }',
].join(' ');

function yamlBlock(entries: [string, string | number | boolean][], indent: string): string[] {
  return entries.map(([key, value]) => `${indent}${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`);
}

/**
 * Gaps between a chart's shapes, in px: an annex prints on one A4 page only when it fits at the legible
 * scale, so the gaps are as small as the layout test (test/layout) allows on every chart. Rows closer than
 * 16 px let Mermaid bring an arrow into a box from below; boxes closer than 14 px let an arrow graze the
 * next box. The box padding stays 10 px: with less, a circle's one word runs out of it.
 */
const SWIMLANE_SPACING = { node: 14, rank: 16 };

/** The legend's rows (nodeSpacing in a left-to-right flowchart) are lines of one list, set close. */
const LEGEND_SPACING = { node: 4, rank: 18 };

/**
 * How a swimlane chart is laid out. «rows» (the default) moves every transition down a row, so the
 * chart reads top to bottom and no arrow is routed round a box in its row: measured on every chart
 * of regulations/ (test/layout), it is the layout where arrows enter a box from the side facing their
 * source. «packed» (Mermaid's own default) lets a step share a row with the step before it in another
 * lane, which is shorter, but an arrow to a lane beyond the next then loops under the row's boxes and
 * comes up into its target from below, beside another arrow.
 */
export type SwimlaneLayout = 'packed' | 'rows';
export const SWIMLANE_LAYOUTS: readonly SwimlaneLayout[] = ['packed', 'rows'];

/**
 * The front matter of every diagram: its configuration travels with the `.mmd`, so any Mermaid 11
 * renders it as Tártip does. Security settings are not here: a diagram cannot lower them, and the
 * renderer sets them itself.
 */
export function frontMatter(kind: 'flowchart' | 'swimlane', wrappingWidth = WRAPPING_WIDTH, layout: SwimlaneLayout = 'rows'): string {
  const lines = [
    '---',
    'config:',
    '  theme: base',
    '  look: classic',
    // Some shapes (document, crossed circle) are drawn with rough.js even in the classic look; a
    // fixed seed makes their paths, and so the SVG, the same on every run (0 would mean random).
    '  handDrawnSeed: 1',
    `  fontFamily: ${JSON.stringify(FONT_FAMILY)}`,
    `  themeCSS: ${JSON.stringify(THEME_CSS)}`,
    '  themeVariables:',
    ...yamlBlock(Object.entries(THEME_VARIABLES), '    '),
    '  flowchart:',
    ...yamlBlock(
      [
        ['htmlLabels', true],
        ['useMaxWidth', false],
        ['wrappingWidth', wrappingWidth],
        ['nodeSpacing', kind === 'swimlane' ? SWIMLANE_SPACING.node : LEGEND_SPACING.node],
        ['rankSpacing', kind === 'swimlane' ? SWIMLANE_SPACING.rank : LEGEND_SPACING.rank],
        ['padding', 10],
      ],
      '    ',
    ),
  ];
  if (kind === 'swimlane') lines.push('  swimlane:', '    lineHops: "arc"', ...(layout === 'rows' ? ['    ignoreCrossLaneEdges: false'] : []));
  lines.push('---');
  return lines.join('\n');
}

/** Class definitions for the node shapes, as `classDef` lines. */
export const CLASS_DEFS: Record<string, string> = {
  box: 'fill:#ffffff,stroke:#000000,stroke-width:1px,color:#000000',
  ask: 'fill:#ffffff,stroke:#000000,stroke-width:1px,color:#000000',
  event: 'fill:#ffffff,stroke:#000000,stroke-width:1.5px,color:#000000',
  endEvent: 'fill:#ffffff,stroke:#000000,stroke-width:3px,color:#000000',
  message: 'fill:#ffffff,stroke:#000000,stroke-width:1px,stroke-dasharray:3 2,color:#000000',
  text: 'fill:none,stroke:none,color:#000000',
  hidden: 'fill:none,stroke:none,color:#ffffff',
};

/** Advance of 11 px DejaVu Sans, the lane title type, measured in Chromium (bold figures, to be safe). */
function titleWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch === ' ' ? 3.5 : /\p{Lu}/u.test(ch) ? 9.3 : 7.3;
  return width;
}

/** A lane title as two lines, broken at the space that makes the longer line shortest; one word: the second line empty. */
export function titleLines(title: string): [string, string] {
  const words = title.split(' ');
  let best: [string, string] = [title, ''];
  let width = Infinity;
  for (let i = 1; i < words.length; i++) {
    const pair: [string, string] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = Math.max(titleWidth(pair[0]), titleWidth(pair[1]));
    if (w < width) [best, width] = [pair, w];
  }
  return best;
}

/** The width a lane title needs as its two lines. */
export function twoLineTitleWidth(title: string): number {
  const [a, b] = titleLines(title);
  return Math.max(titleWidth(a), titleWidth(b));
}

/** Width of one non-breaking space in the 13 px box type. */
export const NBSP_WIDTH = 4.13;
