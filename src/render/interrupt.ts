// Ctrl-C or SIGTERM during rendering: the first stops after the current diagram, a second kills the browser.

export interface InterruptWatch {
  /** Aborted on the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Aborted on the second. */
  force: AbortSignal;
  /** The exit code the first signal asks for: 130 for SIGINT, 143 for SIGTERM (128 + its number); null before one. */
  exitCode(): number | null;
  /** Removes the handlers; call when rendering is over. */
  dispose(): void;
}

export interface SignalSource {
  on(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/**
 * While handlers are installed, Node no longer exits on Ctrl-C by itself: the batch finishes the
 * file it is writing (files are renamed into place whole), closes the browser, removes its profile,
 * and the command returns exit code 130 (SIGINT) or 143 (SIGTERM), as shells report a process
 * ended by that signal.
 */
export function watchInterrupts(source: SignalSource = process, onFirst?: () => void): InterruptWatch {
  const first = new AbortController();
  const second = new AbortController();
  let code: number | null = null;
  const on = (signal: 'SIGINT' | 'SIGTERM') => () => {
    if (!first.signal.aborted) {
      code = signal === 'SIGTERM' ? 143 : 130;
      first.abort();
      onFirst?.();
    } else second.abort();
  };
  const onInt = on('SIGINT');
  const onTerm = on('SIGTERM');
  source.on('SIGINT', onInt);
  source.on('SIGTERM', onTerm);
  return {
    signal: first.signal,
    force: second.signal,
    exitCode: () => code,
    dispose: () => {
      source.off('SIGINT', onInt);
      source.off('SIGTERM', onTerm);
    },
  };
}
