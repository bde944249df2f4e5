// Path tricks: a symbolic link in the output tree cannot carry a write out of it, links among the sources are told of, a file/folder clash is refused up front.
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW_CONTROL, SEED, tartip, workspace } from './run.js';

describe('a symbolic link inside the output directory', () => {
  it('that leads out of it is refused with TRT9012 (diagram), and nothing is written there', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'out'));
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'out', 'act'));
    const run = tartip(['diagram', 'src/act.tartip', '-f', 'mmd', '-o', 'out', '--lang', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/TRT9012: «.*out\/act\/appendix-.*\.mmd» leads outside the output directory/);
    expect(readdirSync(path.join(dir, 'elsewhere'))).toEqual([]);
  });

  it('that leads out of it is refused for compile too, the other outputs still written', () => {
    const dir = workspace();
    cpSync(SEED, path.join(dir, 'src', 'sub', 'act.tartip'));
    mkdirSync(path.join(dir, 'out'));
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'out', 'sub'));
    const run = tartip(['compile', 'src', '-o', 'out', '--lang', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('TRT9012');
    expect(readdirSync(path.join(dir, 'elsewhere'))).toEqual([]);
    expect(existsSync(path.join(dir, 'out', 'act.json'))).toBe(true);
  });

  it('that leads out of it is refused for the BPMN and the act\'s document too', () => {
    const dir = workspace();
    cpSync(SEED, path.join(dir, 'src', 'sub', 'act.tartip'));
    mkdirSync(path.join(dir, 'out'));
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'out', 'sub'));
    const bpmn = tartip(['compile', 'src/sub/act.tartip', '-f', 'json,bpmn', '-o', 'out/sub', '--lang', 'en'], dir);
    expect(bpmn.code).toBe(0); // «-o» itself may be a link: the user's choice
    const nested = tartip(['compile', 'src', '-f', 'bpmn', '-o', 'out', '--lang', 'en'], dir);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toMatch(/TRT9012: «.*out\/sub\/act\.bpmn» leads outside the output directory/);
    const document = tartip(['document', 'src', '-f', 'html', '-o', 'out', '--lang', 'en'], dir);
    expect(document.stderr).toMatch(/TRT9012: «.*out\/sub\/act\.html» leads outside the output directory/);
    expect(document.code).toBe(2);
    expect(readdirSync(path.join(dir, 'elsewhere')).sort()).toEqual(['act.bpmn', 'act.json']);
  });

  it('that stays inside it is followed', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'out', 'real'), { recursive: true });
    symlinkSync('real', path.join(dir, 'out', 'act'));
    expect(tartip(['diagram', 'src/act.tartip', '-f', 'mmd', '-o', 'out'], dir).code).toBe(0);
    expect(readdirSync(path.join(dir, 'out', 'real')).length).toBeGreaterThan(0);
  });

  it('an output directory that is itself a link is the user\'s choice, and is written', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'target'));
    symlinkSync(path.join(dir, 'target'), path.join(dir, 'out'));
    expect(tartip(['compile', 'src', '-o', 'out'], dir).code).toBe(0);
    expect(readdirSync(path.join(dir, 'target'))).toEqual(['act.json']);
  });
});

describe('the sources', () => {
  it('a symbolic link inside an input folder is told of (TRT9013), not skipped in silence', () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'other'));
    cpSync(SEED, path.join(dir, 'other', 'linked.tartip'));
    symlinkSync(path.join(dir, 'other', 'linked.tartip'), path.join(dir, 'src', 'linked.tartip'));
    symlinkSync(path.join(dir, 'other'), path.join(dir, 'src', 'folder'));
    const run = tartip(['check', 'src', '--lang', 'en'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('TRT9013: «src/linked.tartip» is a symbolic link');
    expect(run.stderr).toContain('TRT9013: «src/folder» is a symbolic link');
    expect(run.stdout).toContain('Checked 1 file');
    // Named on the command line, a link is read like any file.
    expect(tartip(['check', 'src/linked.tartip'], dir)).toMatchObject({ code: 0, stderr: '' });
  });

  it.each([
    ['compile', ['x.tartip', 'x.json/a.tartip']],
    ['build', ['x.tartip', 'x.json.tartip']],
  ])('%s refuses an «x.json» file where a folder «x.json/» must be, before writing anything (TRT9014)', (command, files) => {
    const dir = workspace(false);
    for (const file of files) cpSync(SEED, path.join(dir, 'src', file));
    const run = tartip([command, 'src', '-o', 'out', '--lang', 'en', ...(command === 'build' ? ['-f', 'mmd'] : [])], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/TRT9014: «src\/x(\.json)?\.tartip» would write the file «x\.json» where «src\/x\.json(\/a)?\.tartip» needs a folder/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a file name with control characters gives a safe output name and an escaped report', () => {
    const dir = workspace(false);
    const name = 'evil\u001b[31m\u202E.tartip';
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', name), 'not an act');
    const run = tartip(['compile', 'src', '-o', 'out', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('src/evil\\u{001B}[31m\\u{202E}.tartip:1:1');
    expect(run.stderr + run.stdout).not.toMatch(RAW_CONTROL);
    cpSync(SEED, path.join(dir, 'src', name));
    expect(tartip(['compile', 'src', '-o', 'out'], dir).code).toBe(0);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['evil_[31m_.json']);
  });
});
