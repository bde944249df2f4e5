// The hostile-input suite's harness: the built binary run as a user (or an attacker) runs it, in a fresh folder.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'dist/tartip.js');
export const SEED = path.join(ROOT, 'regulations/2015-225-adoption-candidates-registration.tartip');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `tartip …`; a run that hangs fails the test by its timeout rather than the suite's. */
export function tartip(args: string[], cwd: string, options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' }, ...options });
  return { code: result.status, signal: result.signal, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** A fresh working folder, optionally with the seed act in it as «src/act.tartip». */
export function workspace(withSeed = true): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tartip-hostile-'));
  if (withSeed) cpSync(SEED, path.join(dir, 'src', 'act.tartip'));
  return dir;
}

/** Any raw terminal control (C0 but tab and newline, DEL, C1) or text-direction control in an output. */
export const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
