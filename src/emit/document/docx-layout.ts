// The page and type of Kazakhstan's official documents: A4, margins 30/15/20/20 mm, Times New Roman 14, first-line indent 1.25 cm.

/** Twentieths of a point per millimetre. */
const TWIP_PER_MM = 1440 / 25.4;
export const twip = (mm: number): number => Math.round(mm * TWIP_PER_MM);

export const A4 = { width: 210, height: 297 };
export const MARGIN = { left: 30, right: 15, top: 20, bottom: 20 };
/** The text width and height in millimetres, portrait and landscape. */
export const TEXT_BOX = {
  portrait: { width: A4.width - MARGIN.left - MARGIN.right, height: A4.height - MARGIN.top - MARGIN.bottom },
  landscape: { width: A4.height - MARGIN.left - MARGIN.right, height: A4.width - MARGIN.top - MARGIN.bottom },
};
export const FONT = 'Times New Roman';
/** Half-points: 14 pt. */
export const FONT_SIZE = 28;
export const FIRST_LINE_INDENT = twip(12.5);
/** Room the mark, captions and legend heading of an appendix page take above and below its chart. */
export const APPENDIX_TEXT_MM = 55;

/** CSS pixels per millimetre (96 dpi), the unit docx sizes images in. */
export const PX_PER_MM = 96 / 25.4;

/** A chart is laid out landscape when it is wider than it is tall. */
export function isWide(width: number, height: number): boolean {
  return width > height * 1.15;
}

export interface ChartLayout {
  landscape: boolean;
  /** CSS pixels on the page per unit of the chart. */
  scale: number;
  /** Horizontal bands of the chart, top to bottom, one per page (in the chart's units, from its top). */
  bands: { from: number; height: number }[];
}

/**
 * How a chart goes onto A4 pages: landscape when it is wide; scaled to the text width (never enlarged), and
 * a chart taller than the page cut into page-high bands, as the printed appendices run over several pages.
 */
export function chartLayout(width: number, height: number): ChartLayout {
  const landscape = isWide(width, height);
  const box = landscape ? TEXT_BOX.landscape : TEXT_BOX.portrait;
  const scale = Math.min(1, (box.width * PX_PER_MM) / width);
  const first = ((box.height - APPENDIX_TEXT_MM) * PX_PER_MM) / scale;
  const next = ((box.height - 10) * PX_PER_MM) / scale;
  const bands: { from: number; height: number }[] = [];
  for (let from = 0, room = first; from < height - 0.5; from += room, room = next) bands.push({ from, height: Math.min(room, height - from) });
  return { landscape, scale, bands };
}
