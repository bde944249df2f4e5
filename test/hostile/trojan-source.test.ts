// Trojan source and terminal injection: text-direction controls are warned about where they stand (TRT1050), and no control character reaches the terminal raw.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { formatDiagnostic } from '../../src/diagnostics/format-text.js';
import { LineMap } from '../../src/text/line-map.js';
import { act } from '../check/sources.js';
import { RAW_CONTROL, tartip, workspace } from './run.js';

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

describe('text-direction controls in a source', () => {
  it.each(CONTROLS.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase(), c]))('U+%s is a warning at its own place, shown escaped', (hex, control) => {
    const source = act({ participants: `     1) кеңсе (беруші): «кеңсе ${control}қызметкері»;\n     2) орындаушы (беруші): «орындаушы»` });
    const { diagnostics } = compile(source, 'trojan.tartip');
    const found = diagnostics.filter((d) => d.code === 'TRT1050');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.range.start.offset).toBe(source.indexOf(control));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = formatDiagnostic(found[0]!, new LineMap(source), { language: 'en', color: false });
    expect(text).toContain(`\\u{${hex.padStart(4, '0')}}`);
    expect(text).not.toMatch(RAW_CONTROL);
  });

  it('warns at each one, and the CLI echoes none of them (nor a terminal escape) raw', () => {
    const dir = workspace(false);
    const evil = '\u202E\u2066 // ?tnemmoc a si siht\u2069\u2066 \u001b[2J\u001b]0;owned\u0007\u009b';
    writeFileSync(path.join(dir, 'trojan.tartip'), act({ participants: `     1) кеңсе (беруші): «кеңсе ${evil}»;\n     2) орындаушы (беруші): «орындаушы»` }));
    for (const format of ['text', 'github']) {
      const run = tartip(['check', 'trojan.tartip', '--lang', 'both', '--format', format], dir);
      expect(run.stderr).not.toContain('TRT9004');
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      expect(run.stdout.match(/TRT1050/g)).toHaveLength(4);
    }
  });
});
