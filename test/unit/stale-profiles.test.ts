// Profile folders of dead Tártip processes are removed at the next start; live ones and others are left alone.
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processAlive, sweepStaleProfiles } from '../../src/render/profiles.js';

describe('sweepStaleProfiles', () => {
  it('removes the folders of dead owners only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-sweep-'));
    const make = (name: string) => {
      mkdirSync(path.join(dir, name, 'Default'), { recursive: true });
      writeFileSync(path.join(dir, name, 'Default', 'Preferences'), '{}');
    };
    make('tartip-chromium-999001-AbC123'); // dead
    make(`tartip-chromium-${process.pid}-Xy9`); // this process
    make(`tartip-chromium-${process.ppid}-Zz1`); // alive
    make('tartip-chromium-Qw8e7r'); // an older version's, owner unknown
    make('other-999001-AbC123');
    const target = path.join(dir, 'elsewhere');
    make('elsewhere');
    symlinkSync(target, path.join(dir, 'tartip-chromium-999002-Link'));
    const removed = sweepStaleProfiles(dir, 'tartip-chromium-', (pid) => pid !== 999001 && pid !== 999002);
    expect(removed).toEqual(['tartip-chromium-999001-AbC123']);
    expect(existsSync(path.join(dir, 'tartip-chromium-999001-AbC123'))).toBe(false);
    for (const kept of [`tartip-chromium-${process.pid}-Xy9`, `tartip-chromium-${process.ppid}-Zz1`, 'tartip-chromium-Qw8e7r', 'other-999001-AbC123', 'elsewhere/Default/Preferences']) {
      expect(existsSync(path.join(dir, kept)), kept).toBe(true);
    }
  });

  it('tells a live process from a dead one', () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(2 ** 22 + 12345)).toBe(false);
  });
});
