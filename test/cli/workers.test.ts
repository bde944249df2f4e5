// The compile pool: worker threads give the diagnostics and byte-identical outputs of one thread, keep every
// error with its own file, and lose no other file's result when a worker crashes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSources, type FileOutcome } from '../../src/cli/run-files.js';
import { findSources, type SourceFile } from '../../src/cli/sources.js';
import { compileBatch } from '../../src/cli/workers/pool.js';
import { FILES_PER_THREAD, plannedThreads } from '../../src/cli/workers/protocol.js';
import type { LineMap } from '../../src/text/line-map.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const regulations = readdirSync(path.join(root, 'regulations')).filter((f) => f.endsWith('.tartip')).sort();
const BROKEN = 'b-district/broken.tartip';
const NOT_UTF8 = 'b-district/cp1251.tartip';

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir` with its bytes, by relative path. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'base64')]).sort());
}

/** Outcomes as the commands read them: no model, whichever thread compiled them. */
function comparable(outcomes: FileOutcome[]) {
  return outcomes.map((o) => ({ path: o.source.path, diagnostics: o.diagnostics, json: o.result?.json, compiled: o.result !== undefined }));
}

/** A batch big enough to be spread over two threads: the real acts again and again, one broken, one not UTF-8. */
let corpus: string;
beforeAll(() => {
  corpus = mkdtempSync(path.join(tmpdir(), 'tartip-workers-'));
  const count = 2 * FILES_PER_THREAD + 5;
  for (let i = 0; i < count; i++) {
    const name = regulations[i % regulations.length]!;
    const dir = path.join(corpus, `district-${String(i % 7)}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(root, 'regulations', name), path.join(dir, `${String(i).padStart(3, '0')}-${name}`));
  }
  mkdirSync(path.join(corpus, 'b-district'));
  const seed = readFileSync(path.join(root, 'regulations', regulations[0]!), 'utf8');
  writeFileSync(path.join(corpus, BROKEN), seed.replace('басшы: «', 'басщы: «'));
  writeFileSync(path.join(corpus, NOT_UTF8), Buffer.from([0xd0, 0xb1, 0x0a, 0xcf, 0xf0, 0xe8]));
});

describe('how many threads a batch gets', () => {
  it('keeps small batches on one thread and spreads large ones over the cores, within --jobs', () => {
    expect(plannedThreads(1, 2)).toBe(1);
    expect(plannedThreads(2 * FILES_PER_THREAD - 1, 2)).toBe(1);
    expect(plannedThreads(2 * FILES_PER_THREAD, 2)).toBe(2);
    expect(plannedThreads(1000, 2)).toBe(2);
    expect(plannedThreads(1000, 8)).toBe(8);
    expect(plannedThreads(1000, 1)).toBe(1);
  });
});

describe('tartip with and without worker threads', () => {
  it.each([['text'], ['json'], ['sarif'], ['github']])('check --format %s prints the same bytes and exit code', (format) => {
    const one = run(['check', corpus, '--format', format, '--jobs', '1']);
    const two = run(['check', corpus, '--format', format, '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
  });

  it('reports each error against its own file', () => {
    const two = run(['check', corpus, '--jobs', '2', '--lang', 'en']);
    const errors = two.stdout.split('\n').filter((l) => / - error TRT/.test(l));
    expect(errors.filter((l) => l.includes('TRT2001'))).toEqual([expect.stringMatching(new RegExp(`^${path.join(corpus, BROKEN)}:\\d+:\\d+ - error TRT2001: .*«басщы»`))]);
    expect(errors.filter((l) => l.includes('TRT1005'))).toEqual([expect.stringContaining(path.join(corpus, NOT_UTF8))]);
    expect(errors).toHaveLength(2);
  });

  it('compile writes byte-identical JSON and prints the same report', () => {
    const outOne = mkdtempSync(path.join(tmpdir(), 'tartip-workers-one-'));
    const outTwo = mkdtempSync(path.join(tmpdir(), 'tartip-workers-two-'));
    const one = run(['compile', corpus, '-o', outOne, '--jobs', '1']);
    const two = run(['compile', corpus, '-o', outTwo, '--jobs', '2']);
    expect(one.code).toBe(1);
    expect({ ...two, stdout: two.stdout.replace(outTwo, 'OUT') }).toEqual({ ...one, stdout: one.stdout.replace(outOne, 'OUT') });
    const written = tree(outTwo);
    expect(Object.keys(written)).toHaveLength(2 * FILES_PER_THREAD + 5);
    expect(written).toEqual(tree(outOne));
  });

  it('diagram --format mmd writes byte-identical Mermaid', () => {
    const outOne = mkdtempSync(path.join(tmpdir(), 'tartip-workers-mmd-one-'));
    const outTwo = mkdtempSync(path.join(tmpdir(), 'tartip-workers-mmd-two-'));
    expect(run(['diagram', corpus, '--format', 'mmd', '-o', outOne, '--jobs', '1', '--quiet']).code).toBe(1);
    expect(run(['diagram', corpus, '--format', 'mmd', '-o', outTwo, '--jobs', '2', '--quiet']).code).toBe(1);
    expect(tree(outTwo)).toEqual(tree(outOne));
  });
});

describe('the pool', () => {
  const inThread = (sources: SourceFile[]) => comparable(compileSources(sources, new Map()));

  it('gives the outcomes of one thread, in source order, with line maps of the files that have diagnostics', async () => {
    const sources = findSources([corpus]);
    const lineMaps = new Map<string, LineMap>();
    const outcomes = await compileBatch(sources, lineMaps, { keep: 'diagnostics', threads: 2, chunkSize: 3, workerScript: pathToFileURL(bin) });
    expect(comparable(outcomes).map((o) => ({ ...o, json: undefined }))).toEqual(inThread(sources).map((o) => ({ ...o, json: undefined })));
    expect([...lineMaps.keys()].sort()).toEqual(outcomes.filter((o) => o.diagnostics.length > 0 && o.result).map((o) => o.source.path).sort());
    expect(lineMaps.get(path.join(corpus, BROKEN))?.text).toBe(readFileSync(path.join(corpus, BROKEN), 'utf8'));
  });

  it('keeps the JSON and every text when the outputs are written', async () => {
    const sources = findSources([corpus]).slice(0, 12);
    const lineMaps = new Map<string, LineMap>();
    const outcomes = await compileBatch(sources, lineMaps, { keep: 'json', threads: 2, chunkSize: 2, workerScript: pathToFileURL(bin) });
    expect(comparable(outcomes)).toEqual(inThread(sources));
    expect([...lineMaps.keys()].sort()).toEqual(outcomes.filter((o) => o.result).map((o) => o.source.path).sort());
    expect(lineMaps.has(path.join(corpus, NOT_UTF8))).toBe(false);
  });

  it.each([
    ['throws', 'worker thread: worker blew up'],
    ['exit', 'worker thread exited with code 7'],
  ])('reports a file whose worker crashes (%s) as TRT9004 and keeps every other result', async (how, reason) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-pool-'));
    for (const [i, name] of regulations.slice(0, 6).entries()) copyFileSync(path.join(root, 'regulations', name), path.join(dir, `${i + 1}-${name}`));
    copyFileSync(path.join(root, 'regulations', regulations[0]!), path.join(dir, '0-crash.tartip'));
    // First in the batch, so it is in the chunk a worker gets (the main thread starts on the next one).
    const sources = findSources([dir]);
    expect(path.basename(sources[0]!.path)).toBe('0-crash.tartip');
    process.env.TARTIP_TEST_CRASH = how;
    let outcomes: FileOutcome[];
    try {
      outcomes = await compileBatch(sources, new Map(), { keep: 'json', threads: 2, chunkSize: 2, workerScript: pathToFileURL(path.join(import.meta.dirname, 'fixtures/crashing-worker.mjs')) });
    } finally {
      delete process.env.TARTIP_TEST_CRASH;
    }
    const [crashed, ...others] = comparable(outcomes);
    expect(crashed!.compiled).toBe(false);
    expect(crashed!.diagnostics.map((d) => [d.code, d.file, d.range.start.line])).toEqual([['TRT9004', sources[0]!.path, 1]]);
    expect(crashed!.diagnostics[0]!.message.en).toContain(reason);
    expect(others).toEqual(inThread(sources.slice(1)));
    expect(others.every((o) => o.json !== undefined)).toBe(true);
  });
});
