// Starts the one headless browser of a batch, with a fresh profile, and closes it without leftovers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';

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

/** Puppeteer is loaded here, only when something is rendered, so the CLI starts fast without it. */
export async function launchBrowser(executablePath: string): Promise<LaunchedBrowser> {
  const { default: puppeteer } = await import('puppeteer');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tartip-chromium-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
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
