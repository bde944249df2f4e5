// Where a JSON pointer («/appendices/0/charts/1/procedure») stands in the JSON text: its value's offset, for a diagnostic at the real line and column.
//
// JSON.parse keeps no positions, and the text is read only once a value there is found wrong, so a
// scanner walks down the pointer's path, skipping the values it passes over without recursion (a
// hostile file may nest ten thousand levels deep).

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function skipWhitespace(text: string, at: number): number {
  while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  return at;
}

/** The offset just past the string starting at `at` (its opening quote). */
function skipString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** The offset just past the value starting at `at`: nested objects and arrays counted, not recursed into. */
function skipValue(text: string, at: number): number {
  const open = text[at];
  if (open === '"') return skipString(text, at);
  if (open !== '{' && open !== '[') {
    let i = at;
    while (i < text.length && !',}] \t\n\r'.includes(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = skipString(text, i) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The offset of the member `key` of the object at `at`, or of the `index`-th item of the array there. */
function child(text: string, at: number, segment: string): number | undefined {
  const open = text[at];
  if (open !== '{' && open !== '[') return undefined;
  let i = skipWhitespace(text, at + 1);
  for (let index = 0; i < text.length && text[i] !== '}' && text[i] !== ']'; index++) {
    let matches = open === '[' && String(index) === segment;
    if (open === '{') {
      const end = skipString(text, i);
      matches = JSON.parse(text.slice(i, end)) === segment;
      i = skipWhitespace(text, end) + 1;
      i = skipWhitespace(text, i);
    }
    if (matches) return i;
    i = skipWhitespace(text, skipValue(text, i));
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return undefined;
}

/**
 * The offset of the value a JSON pointer (RFC 6901) names in valid JSON text; where the path stops
 * (a member that is missing), the offset of the deepest value it reached.
 */
export function locatePointer(text: string, pointer: string): number {
  let at = skipWhitespace(text, 0);
  if (pointer === '' || pointer === '/') return at;
  for (const raw of pointer.slice(1).split('/')) {
    const next = child(text, at, raw.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (next === undefined) return at;
    at = next;
  }
  return at;
}
