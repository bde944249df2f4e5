// Comparing the act's wording: whether one text stands inside another, whatever its case and spacing.

const normal = (text: string) => text.toLocaleLowerCase('kk').replace(/\s+/g, ' ').trim();

/** True when `part` (not empty) stands in `text`, ignoring case and runs of whitespace. */
export function textContains(text: string, part: string): boolean {
  const wanted = normal(part);
  return wanted !== '' && normal(text).includes(wanted);
}
