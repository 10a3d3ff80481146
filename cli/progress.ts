/**
 * Progress for long runs: `kinject: 12/40 k8s/web.yaml` redrawn on one stderr line while files
 * are processed, wiped at the end. Only on a terminal and only for many files: in a pipeline or
 * a log, stderr carries the report and nothing else.
 */
import type { CliIO } from './io.js';

/** From how many files on a run is long enough to show where it is. */
export const PROGRESS_MIN_FILES = 10;

/** Reports each file as it is done. */
export interface Progress {
  tick(name: string): void;
  /** Wipes the progress line (before the report is written). */
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

/** A progress line for `total` files, or a silent one when stderr is not a terminal or the run is short. */
export function createProgress(io: CliIO, total: number): Progress {
  // The count first: asking whether stderr is a terminal makes process.stderr (cli/io.ts).
  if (total < PROGRESS_MIN_FILES || !io.stderrIsTTY) return SILENT;
  let count = 0;
  return {
    tick: (name) => io.writeStderr(`\r\x1b[Kkinject: ${++count}/${total} ${name}`),
    done: () => io.writeStderr('\r\x1b[K'),
  };
}
