// A horizontal band of a rendered chart as an SVG of its own: the same drawing seen through a shorter viewBox.

function attribute(svgTag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(svgTag)?.[1];
}

function setAttribute(svgTag: string, name: string, value: string): string {
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  return pattern.test(svgTag) ? svgTag.replace(pattern, ` ${name}="${value}"`) : svgTag.replace(/^<svg\b/, `<svg ${name}="${value}"`);
}

const round = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * The band [from, from + height) of the chart (in its own units, from its top), drawn at `scale`. Band k > 1
 * gets ids of its own («…-band-2»), so the bands of one chart can stand on one web page.
 */
export function sliceSvg(svg: string, from: number, height: number, scale: number, band = 1): string {
  const match = /<svg\b[^>]*>/.exec(svg);
  if (!match) return svg;
  const tag = match[0];
  const box = (attribute(tag, 'viewBox') ?? '0 0 0 0').split(/[\s,]+/).map(Number);
  const [x = 0, y = 0, w = 0] = box;
  let next = setAttribute(tag, 'viewBox', [x, y + from, w, height].map(round).join(' '));
  next = setAttribute(next, 'width', round(w * scale));
  next = setAttribute(next, 'height', round(height * scale));
  const sliced = svg.slice(0, match.index) + next + svg.slice(match.index + tag.length);
  const id = attribute(tag, 'id');
  // The drawing's style and markers are scoped by its id: renaming every use keeps them its own.
  return band > 1 && id ? sliced.split(id).join(`${id}-band-${band}`) : sliced;
}
