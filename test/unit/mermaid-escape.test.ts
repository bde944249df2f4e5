// Escaping: any text of an act becomes inert Mermaid label content and decodes back to itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakMarkerPairs, escapeLabel } from '../../src/emit/mermaid/escape.js';

/** What Mermaid does with our entities after parsing: `#NNN;` → the character. */
function decode(escaped: string): string {
  return escaped.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

const expected = (text: string) => breakMarkerPairs(text.normalize('NFC')).replace(/[\n\r\t]/g, ' ');

const NASTY = [
  'құжаттар "толық" емес',
  'A["x"] --> B',
  '%%{init: {"securityLevel": "loose"}}%%',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'end\nsubgraph X',
  'a |b| c',
  '#quot; #35; &amp; &#60;',
  'ﬂ°lt¶ß',
  '`**markdown**`',
  'click A call alert()',
  'style A fill:#f00',
];

describe('escapeLabel', () => {
  it.each(NASTY)('turns %j into text with no Mermaid or HTML syntax in it', (text) => {
    const escaped = escapeLabel(text);
    expect(escaped).not.toMatch(/["%<>&`[\]{}|\\\n\r]/);
    expect(escaped.replace(/#\d+;/g, '')).not.toContain('#');
    expect(decode(escaped)).toBe(expected(text));
  });

  it('keeps Mermaid’s entity markers from pairing up, invisibly', () => {
    expect(breakMarkerPairs('ﬂ°lt¶ß')).toBe('ﬂ\u2060°lt¶\u2060ß');
    expect(breakMarkerPairs('°ﬂ ß¶')).toBe('°ﬂ ß¶');
  });

  it('keeps Kazakh letters and the acts’ punctuation readable', () => {
    const text = 'Көрсетілетін қызметті алушының (іс-қимылының) «жеке кабинетіне» – 1,5 минут; № 9-тармақ…';
    expect(escapeLabel(text)).toBe(text);
    expect(escapeLabel('әғқңөұүһі ӘҒҚҢӨҰҮҺІ')).toBe('әғқңөұүһі ӘҒҚҢӨҰҮҺІ');
  });

  it('for any text: only numeric entities, nothing Mermaid could read as syntax, and a lossless round trip', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const escaped = escapeLabel(text);
        expect(escaped).not.toMatch(/["%<>&`[\]{}|\\\n\r\tﬂ°¶ß]/u);
        expect(escaped.replace(/#\d+;/g, '')).not.toContain('#');
        expect(escaped).not.toContain('-->');
        expect(decode(escaped)).toBe(expected(text));
      }),
      { numRuns: 500 },
    );
  });
});
