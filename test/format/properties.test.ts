// Property tests of the formatter (fast-check, fixed seed): on hostile input it never throws and never changes
// meaning; and layout is all it reads — a source re-indented, re-wrapped or re-spaced formats to the same text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/format/index.js';
import { applyAll, mutated, tokenStream } from '../fuzz/arbitraries.js';
import { meaning, read, sourcesUnder } from './helpers.js';

const seed = Number(process.env.FUZZ_SEED ?? 20260514);
// FUZZ_RUNS scales the number of cases, as for test/fuzz (CI runs the default).
const scale = Number(process.env.FUZZ_RUNS ?? 100) / 100;
const ACTS = sourcesUnder('regulations').map(read);

/** A change of layout only: indentation, a line break, a run of spaces. Comment lines are left alone. */
type Relayout =
  | { kind: 'indent'; line: number; width: number }
  | { kind: 'join'; line: number }
  | { kind: 'split'; at: number; width: number }
  | { kind: 'spaces'; at: number; count: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const relayout: fc.Arbitrary<Relayout> = fc.oneof(
  fc.record({ kind: fc.constant('indent' as const), line: fraction, width: fc.nat({ max: 12 }) }),
  fc.record({ kind: fc.constant('join' as const), line: fraction }),
  fc.record({ kind: fc.constant('split' as const), at: fraction, width: fc.nat({ max: 12 }) }),
  fc.record({ kind: fc.constant('spaces' as const), at: fraction, count: fc.integer({ min: 2, max: 4 }) }),
);

function applyRelayout(source: string, r: Relayout): string {
  const lines = source.split('\n');
  const plain = (i: number) => lines[i] !== undefined && lines[i]!.trim() !== '' && !lines[i]!.includes('#');
  if (r.kind === 'indent' || r.kind === 'join') {
    const i = Math.floor(r.line * lines.length);
    if (!plain(i)) return source;
    if (r.kind === 'indent') lines[i] = ' '.repeat(r.width) + lines[i]!.trimStart();
    else if (plain(i + 1)) lines.splice(i, 2, `${lines[i]!.trimEnd()} ${lines[i + 1]!.trimStart()}`);
    return lines.join('\n');
  }
  // A space inside a line that holds no comment.
  const spaces = [...source.matchAll(/ /g)].map((m) => m.index!).filter((i) => {
    const start = source.lastIndexOf('\n', i) + 1;
    const end = source.indexOf('\n', i);
    const line = source.slice(start, end < 0 ? source.length : end);
    return !line.includes('#') && source.slice(start, i).trim() !== '';
  });
  if (spaces.length === 0) return source;
  const at = spaces[Math.floor(r.at * spaces.length)]!;
  const replacement = r.kind === 'split' ? `\n${' '.repeat(r.width)}` : ' '.repeat(r.count);
  return source.slice(0, at) + replacement + source.slice(at + 1);
}

describe('the formatter under fast-check', () => {
  it('formats a re-laid-out act to the same text whenever the act still means the same', () => {
    fc.assert(
      fc.property(fc.nat({ max: ACTS.length - 1 }), fc.array(relayout, { minLength: 1, maxLength: 8 }), (file, changes) => {
        const original = ACTS[file]!;
        const changed = changes.reduce(applyRelayout, original);
        fc.pre(changed !== original);
        const same = JSON.stringify(meaning(changed)) === JSON.stringify(meaning(original));
        fc.pre(same);
        expect(formatSource(changed).text).toBe(original);
      }),
      { numRuns: Math.round(40 * scale), seed },
    );
  });

  const hostile = fc.oneof(
    mutated(ACTS).map(({ file, mutations }) => applyAll(ACTS[file]!, mutations)),
    tokenStream,
  );

  it('never throws, never trips its own token check (TRT6002), keeps meaning and is idempotent on hostile input', () => {
    fc.assert(
      fc.property(hostile, (source) => {
        const result = formatSource(source);
        const codes = result.diagnostics.map((d) => d.code);
        expect(codes).not.toContain('TRT6002');
        if (codes.length > 0) {
          expect(codes[0]).toBe('TRT6001');
          expect(result.text).toBe(source);
          return;
        }
        // Letters are written composed (NFC), as the warning TRT1013 asks; nothing else changes.
        const before = meaning(source);
        expect(meaning(result.text)).toEqual({ ...before, findings: before.findings.filter((f) => !f.includes(' TRT1013 ')) });
        expect(result.text.normalize('NFC')).toBe(result.text);
        expect(formatSource(result.text).text).toBe(result.text);
      }),
      { numRuns: Math.round(60 * scale), seed },
    );
  });
});
