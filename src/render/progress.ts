// A one-line progress bar for rendering batches on a terminal; silent anywhere else.
// Hand-written: it is one redrawn line, and a dependency would cost start-up time for every command.

export interface Progress {
  update(done: number, total: number, label: string): void;
  /** Clears the line, so the summary that follows starts on a clean line. */
  finish(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const WIDTH = 24;

/** The bar's text for a given state, without the carriage return; exported for tests. */
export function progressLine(done: number, total: number, label: string, columns: number): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
  const head = `${bar} ${String(done).padStart(String(total).length)}/${total} `;
  const room = Math.max(0, columns - head.length - 1);
  const shown = label.length <= room ? label : `…${label.slice(label.length - room + 1)}`;
  return `${head}${room > 0 ? shown : ''}`;
}

/** A bar on a terminal for batches of at least `threshold` diagrams; otherwise does nothing. */
export function createProgress(stream: ProgressStream, total: number, threshold = 6): Progress {
  if (!stream.isTTY || total < threshold) return { update: () => undefined, finish: () => undefined };
  let drawn = false;
  return {
    update(done, all, label) {
      stream.write(`\r\x1b[2K${progressLine(done, all, label, stream.columns ?? 80)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
