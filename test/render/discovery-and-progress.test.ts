// Browser discovery and the progress bar, with no browser involved.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverBrowser } from '../../src/render/browser-discovery.js';
import { createProgress, progressLine } from '../../src/render/progress.js';

const only = (...files: string[]) => (file: string) => files.includes(file);

describe('browser discovery', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first', () => {
    const found = discoverBrowser({ PUPPETEER_EXECUTABLE_PATH: '/opt/my/chrome', PATH: '/usr/bin' }, only('/opt/my/chrome', '/usr/bin/chromium'));
    expect(found).toEqual({ found: true, path: '/opt/my/chrome', via: 'PUPPETEER_EXECUTABLE_PATH' });
  });

  it('reports a PUPPETEER_EXECUTABLE_PATH that is not a browser instead of quietly using another', () => {
    const found = discoverBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome', PATH: '/usr/bin' }, only('/usr/bin/chromium'));
    expect(found).toEqual({ found: false, tried: ['/nowhere/chrome'], reason: 'env-not-executable' });
  });

  it('then Debian/Ubuntu chromium on PATH, before Chrome', () => {
    const dirs = ['/a', '/b'].join(path.delimiter);
    const found = discoverBrowser({ PATH: dirs }, only(path.join('/b', 'chromium'), path.join('/a', 'google-chrome')));
    expect(found).toEqual({ found: true, path: path.join('/b', 'chromium'), via: 'PATH' });
  });

  it('then the usual install locations', () => {
    expect(discoverBrowser({ PATH: '' }, only('/opt/google/chrome/chrome'))).toEqual({ found: true, path: '/opt/google/chrome/chrome', via: 'known location' });
  });

  it('says everything it looked for when there is no browser', () => {
    const found = discoverBrowser({ PATH: '/x' }, () => false);
    expect(found.found).toBe(false);
    if (!found.found) {
      expect(found.reason).toBe('none');
      expect(found.tried).toContain('chromium');
      expect(found.tried).toContain('google-chrome');
      expect(found.tried).toContain('/usr/bin/chromium');
    }
  });
});

describe('progress bar', () => {
  it('shows a bar, the count and the current diagram, cut to the terminal width', () => {
    expect(progressLine(0, 4, 'a', 80)).toBe(`${'░'.repeat(24)} 0/4 a`);
    expect(progressLine(2, 4, 'reg/appendix-1', 80)).toBe(`${'█'.repeat(12)}${'░'.repeat(12)} 2/4 reg/appendix-1`);
    const line = progressLine(3, 10, 'x'.repeat(200), 60);
    expect(line.length).toBeLessThanOrEqual(59);
    expect(line.endsWith('x')).toBe(true);
    expect(line).toContain('…');
  });

  it('draws on a terminal for a large batch, and only there', () => {
    const written: string[] = [];
    const tty = { isTTY: true, columns: 80, write: (s: string) => written.push(s) };
    const bar = createProgress(tty, 10);
    bar.update(1, 10, 'one');
    bar.finish();
    expect(written[0]).toMatch(/^\r\x1b\[2K.* 1\/10 one$/);
    expect(written[1]).toBe('\r\x1b[2K');

    const quiet: string[] = [];
    createProgress({ isTTY: false, write: (s: string) => quiet.push(s) }, 100).update(1, 100, 'x');
    createProgress({ isTTY: true, write: (s: string) => quiet.push(s) }, 2).update(1, 2, 'x');
    expect(quiet).toEqual([]);
  });
});
