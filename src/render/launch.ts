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
 * Fewer processes: without a sandbox the zygotes (processes forked into renderers) serve no purpose, and the
 * GPU (software compositing only) and network services (every request is refused) run inside the browser's
 * own process. Each of them was a process of its own of 50–100 MB resident; the browser starts with 5 instead
 * of 9 and sooner on a busy machine (bench/ANALYSIS.md). Renderers stay processes of their own: a page given
 * up over a budget goes with its process. No start-up window: every page opens in a browser context of its own,
 * so the tab Chromium would open first (a renderer process of its own, started and closed again) was waste,
 * ≈ 0.3–0.5 s of each launch on a busy machine.
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--in-process-gpu',
  '--enable-features=NetworkServiceInProcess2',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-startup-window',
];

/** The profile folder's prefix; the owner's process id follows, so a later run can tell a stale one. */
export const PROFILE_PREFIX = 'tartip-chromium-';

/**
 * Puppeteer is loaded here, only when something is rendered, so the CLI starts fast without it.
 * The browser is driven over a pipe (fds 3 and 4), not a WebSocket: when Tártip dies, even by kill -9
 * or the OOM killer, the kernel closes the pipe and Chromium shuts itself down with every child. Its
 * profile folder cannot be removed by a dead process; the next run removes it (profiles.ts).
 */
export async function launchBrowser(executablePath: string, options: { budgetMs?: number } = {}): Promise<LaunchedBrowser> {
  const { default: puppeteer } = await import('puppeteer');
  sweepStaleProfiles(tmpdir(), PROFILE_PREFIX);
  const userDataDir = mkdtempSync(path.join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      // With no start-up window there is no first page to wait for.
      waitForInitialPage: false,
      userDataDir,
      args: BROWSER_ARGS,
      // The CLI owns signals: it stops between diagrams and closes the browser itself.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 60_000,
      // Every step has its own budget (budget.ts, --chart-timeout); puppeteer's own limit on one call
      // (180 s) must not cut a longer budget short, nor end a chart with a less clear error.
      protocolTimeout: Math.max(180_000, (options.budgetMs ?? 0) + 60_000),
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
