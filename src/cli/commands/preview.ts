// `tartip preview <file>`: a local page with the act's charts and diagnostics, redrawn whenever the file is saved.
import { readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { inLanguage, type Language } from '../../diagnostics/format-text.js';
import { startPreviewServer, type PreviewServer } from '../../preview/server.js';
import { previewState } from '../../preview/state.js';
import { MERMAID_SETTINGS, mermaidBundlePath } from '../../render/mermaid-page.js';
import { loadDefinition } from '../load-definition.js';
import { cliMessage } from '../report.js';
import { UsageError, findSources, type SourceFile } from '../sources.js';
import { watchInterrupts } from '../../render/interrupt.js';

/** An editor's save is often several writes (truncate, write, rename): one redraw for them all, well within a second. */
const SETTLE_MS = 60;

export interface PreviewOptions {
  /** 0: any free port. */
  port: number;
  language: Language;
}

const SERVING = {
  kk: 'Алдын ала қарау: {url} — файл сақталған сайын жаңарады (тоқтату үшін Ctrl-C).',
  en: 'Preview at {url}: redrawn whenever the file is saved (Ctrl-C to stop).',
};

/**
 * Serves the preview until `signal` aborts; resolves to 130 then (like `check --watch`), or to 2 when the
 * file or the server cannot be used. The page's address is the first line on stdout (editors read it).
 */
export async function servePreview(file: string, options: PreviewOptions, stdout: (s: string) => void, stderr: (s: string) => void, signal: AbortSignal): Promise<number> {
  if (!/\.(tartip|json)$/i.test(file)) throw new UsageError('TRT9006', { option: 'preview', value: file, expected: 'a .tartip source or a .json definition' });
  const source: SourceFile = findSources([file])[0]!;
  let server: PreviewServer;
  try {
    server = await startPreviewServer({ port: options.port, mermaid: readFileSync(mermaidBundlePath(), 'utf8'), settings: MERMAID_SETTINGS });
  } catch (error) {
    stderr(cliMessage('TRT9011', { address: `127.0.0.1:${options.port}`, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, options.language));
    return 2;
  }
  let version = 0;
  const publish = () => server.publish(previewState({ file, ...loadDefinition(source) }, ++version, options.language));
  publish();
  stdout(`${server.url}\n`);
  stderr(`${inLanguage(SERVING, options.language).replaceAll('{url}', server.url)}\n`);

  // The folder is watched, not the file: editors often save by writing a new file and renaming it over the old.
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const name = path.basename(file);
  try {
    watcher = watch(path.dirname(file), (_event, changed) => {
      if (changed !== null && String(changed) !== name) return;
      clearTimeout(timer);
      timer = setTimeout(publish, SETTLE_MS);
    });
    watcher.on('error', () => watcher?.close());
  } catch (error) {
    stderr(cliMessage('TRT9001', { path: path.dirname(file), reason: (error as NodeJS.ErrnoException).code ?? String(error) }, options.language));
  }

  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  clearTimeout(timer);
  watcher?.close();
  await server.close();
  return 130;
}

/** `tartip preview` as the command line runs it: Ctrl-C (or SIGTERM) stops the server: exit 130 (SIGTERM: 143). */
export async function runPreview(file: string, options: PreviewOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  // Handlers go as soon as the first signal is seen, so a second Ctrl-C ends a stop that hangs.
  const interrupt = watchInterrupts(process, () => interrupt.dispose());
  try {
    const code = await servePreview(file, options, stdout, stderr, interrupt.signal);
    return interrupt.exitCode() ?? code;
  } finally {
    interrupt.dispose();
  }
}
