// Finds a Chrome or Chromium to render with: PUPPETEER_EXECUTABLE_PATH, then the usual system installs.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export type Discovery =
  | { found: true; path: string; via: 'PUPPETEER_EXECUTABLE_PATH' | 'PATH' | 'known location' }
  | { found: false; tried: string[]; reason: 'env-not-executable' | 'none' };

/** Commands looked up on PATH, most specific first: Debian/Ubuntu's chromium, then Chrome. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

/** Install locations checked when PATH has none (Debian, snap, Google's packages, macOS, Windows). */
const LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Looks for a browser. An explicit PUPPETEER_EXECUTABLE_PATH that is not an executable is reported
 * as such rather than silently replaced by another browser: the user asked for that one.
 */
export function discoverBrowser(env: NodeJS.ProcessEnv = process.env, isExecutable: (file: string) => boolean = isExecutableFile): Discovery {
  const explicit = env.PUPPETEER_EXECUTABLE_PATH;
  if (explicit !== undefined && explicit !== '') {
    return isExecutable(explicit) ? { found: true, path: explicit, via: 'PUPPETEER_EXECUTABLE_PATH' } : { found: false, tried: [explicit], reason: 'env-not-executable' };
  }
  const tried: string[] = [];
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const command of COMMANDS) {
    for (const dir of dirs) {
      for (const suffix of suffixes) {
        const candidate = path.join(dir, command + suffix);
        if (isExecutable(candidate)) return { found: true, path: candidate, via: 'PATH' };
      }
    }
    tried.push(command);
  }
  for (const location of LOCATIONS) {
    if (isExecutable(location)) return { found: true, path: location, via: 'known location' };
    tried.push(location);
  }
  return { found: false, tried, reason: 'none' };
}
