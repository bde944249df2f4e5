// Starts the one headless browser of a batch, with a fresh profile, so that it never outlives Tártip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { sweepStaleProfiles } from './profiles.js';

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser and removes its profile; safe to call more than once. */
  close(): Promise<void>;
  /** Kills the browser process at once, for a second Ctrl-C while closing hangs. */
  kill(): void;
}

/**
 * Flags: no sandbox (containers and CI run as root), no GPU, no background network traffic; text
 * hinting off so glyph widths, and therefore layouts, do not depend on the machine's font settings.
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  '--no-first-run',
  '--no-default-browser-check',
];

/** The profile folder's prefix; the owner's process id follows, so a later run can tell a stale one. */
export const PROFILE_PREFIX = 'tartip-chromium-';

/**
 * Puppeteer is loaded here, only when something is rendered, so the CLI starts fast without it.
 * The browser is driven over a pipe (fds 3 and 4), not a WebSocket: when Tártip dies, even by kill -9
 * or the OOM killer, the kernel closes the pipe and Chromium shuts itself down with every child. Its
 * profile folder cannot be removed by a dead process; the next run removes it (profiles.ts).
 */
export async function launchBrowser(executablePath: string): Promise<LaunchedBrowser> {
  const { default: puppeteer } = await import('puppeteer');
  sweepStaleProfiles(tmpdir(), PROFILE_PREFIX);
  const userDataDir = mkdtempSync(path.join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir,
      args: BROWSER_ARGS,
      // The CLI owns signals: it stops between diagrams and closes the browser itself.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    browser,
    close: () =>
      (closing ??= browser
        .close()
        .catch(() => browser.process()?.kill('SIGKILL'))
        .then(() => rmSync(userDataDir, { recursive: true, force: true }))),
    kill: () => {
      browser.process()?.kill('SIGKILL');
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
