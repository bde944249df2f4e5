// What a report says is what happened: the «can be fixed» count is the fixes --fix makes, and a run failed by --max-warnings says why, even quiet.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { act } from '../check/sources.js';
import { tartip, workspace } from './run.js';

describe('check reports', () => {
  it('counts as fixable the fixes --fix applies: one per word, though two findings offer it', () => {
    const dir = workspace(false);
    // A keyword with a Latin «i»: a mixed-script word (TRT1006) and a keyword slip (TRT1008), one fix.
    writeFileSync(path.join(dir, 'act.tartip'), act().replace('рәсім кеңсе', 'рәсiм кеңсе').replace('қатысушылар', 'қатысушылaр'));
    const before = tartip(['check', 'act.tartip', '--lang', 'en'], dir);
    expect(before.stdout.match(/TRT100[68]/g)).toHaveLength(4);
    expect(before.stdout).toContain('2 of them can be fixed with tartip check --fix.');
    const fixed = tartip(['check', 'act.tartip', '--fix', '--lang', 'en'], dir);
    expect(fixed.stderr.match(/ - fixed /g)).toHaveLength(2);
    expect(fixed.code).toBe(0);
    expect(readFileSync(path.join(dir, 'act.tartip'), 'utf8')).toBe(act());
  });

  it('says why a run with only warnings failed --max-warnings, quiet or not, in every format', () => {
    const dir = workspace(false);
    // A participant declared and never used (TRT2003): a warning and nothing else.
    writeFileSync(path.join(dir, 'act.tartip'), act({ participants: '     1) кеңсе (беруші): «кеңсе»;\n     2) орындаушы (беруші): «орындаушы»;\n     3) басшы (беруші): «басшы»' }));
    const quiet = tartip(['check', 'act.tartip', '-q', '--max-warnings', '0', '--lang', 'en'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toContain('TRT2003');
    expect(tartip(['check', 'act.tartip', '-q'], dir).code).toBe(0);
    expect(quiet.stdout + quiet.stderr).toContain('TRT9015: too many warnings: 1, more than --max-warnings 0 allows');
    for (const format of ['json', 'sarif', 'github']) {
      const run = tartip(['check', 'act.tartip', '--max-warnings', '0', '--format', format, '--lang', 'en'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('TRT9015');
    }
    expect(tartip(['check', 'act.tartip', '-q', '--max-warnings', '1'], dir)).toMatchObject({ code: 0, stderr: '' });
  });
});
