// The README's VS Code task must keep matching what `tartip check --watch --lang en` prints.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

interface Task {
  command: string;
  problemMatcher: { pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number }; background: { beginsPattern: string; endsPattern: string } };
}

function task(): Task {
  const block = /\*\*Watching\*\*[\s\S]*?```json\n([\s\S]*?)\n```/.exec(readme);
  expect(block, 'the README has a VS Code task under **Watching**').not.toBeNull();
  return (JSON.parse(block![1]!) as { tasks: Task[] }).tasks[0]!;
}

describe('the VS Code task in the README', () => {
  it('finds every diagnostic of the golden English report, with its file, place, severity, code and message', () => {
    const { pattern } = task().problemMatcher;
    const report = readFileSync(path.join(root, 'test/check/golden/broken.en.txt'), 'utf8');
    const expected = (JSON.parse(readFileSync(path.join(root, 'test/check/golden/broken.json'), 'utf8')) as { diagnostics: { code: string; severity: string; file: string; range: { start: { line: number; column: number } }; message: { en: string } }[] }).diagnostics;
    const regexp = new RegExp(pattern.regexp);
    const found = report.split('\n').flatMap((line) => {
      const m = regexp.exec(line);
      return m ? [{ file: m[pattern.file], line: Number(m[pattern.line]), column: Number(m[pattern.column]), severity: m[pattern.severity], code: m[pattern.code], message: m[pattern.message] }] : [];
    });
    expect(found).toEqual(expected.map((d) => ({ file: d.file, line: d.range.start.line, column: d.range.start.column, severity: d.severity, code: d.code, message: d.message.en })));
  });

  it('knows when a watch run begins and ends, from the watch command\'s own words', () => {
    const { background } = task().problemMatcher;
    const source = readFileSync(path.join(root, 'src/cli/commands/watch.ts'), 'utf8');
    const english = [...source.matchAll(/en: '([^']+)'/g)].map((m) => m[1]!);
    expect(english.some((line) => new RegExp(background.beginsPattern).test(line))).toBe(true);
    expect(english.some((line) => new RegExp(background.endsPattern).test(line))).toBe(true);
    expect(task().command).toContain('--watch --lang en');
  });
});
