// Ctrl-C during rendering: the first stops after the current diagram, a second kills the browser.

export interface InterruptWatch {
  /** Aborted on the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Aborted on the second. */
  force: AbortSignal;
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
 * and the command returns exit code 130.
 */
export function watchInterrupts(source: SignalSource = process, onFirst?: () => void): InterruptWatch {
  const first = new AbortController();
  const second = new AbortController();
  const handler = () => {
    if (!first.signal.aborted) {
      first.abort();
      onFirst?.();
    } else second.abort();
  };
  source.on('SIGINT', handler);
  source.on('SIGTERM', handler);
  return {
    signal: first.signal,
    force: second.signal,
    dispose: () => {
      source.off('SIGINT', handler);
      source.off('SIGTERM', handler);
    },
  };
}
