/**
 * The one progress bar of the command line (cli-progress), for long work: list conversion and import, audit export
 * and verify. Drawn on stderr only when stderr is a terminal, so that piped or logged output never holds bar
 * redraws; elsewhere every method does nothing but `log`, which writes the line as it is.
 */
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  /** `done` of `total` units (bytes, events); `detail` is shown after the bar, e.g. "1,200 entries". */
  update(done: number, total: number, detail?: string): void;
  /** A line above the bar (skipped records, notes), or on stderr as it is without a bar. */
  log(line: string): void;
  stop(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return { update() {}, log: (line) => void stream.write(line + '\n'), stop() {} };
  }
  const bar = new SingleBar(
    { stream, hideCursor: true, clearOnComplete: true, format: `${label} {bar} {percentage}% | {detail} | ETA {eta_formatted}`, etaBuffer: 50 },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, detail = '') {
      if (!started) {
        bar.start(Math.max(total, 1), done, { detail });
        started = true;
        return;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { detail });
    },
    log(line) {
      // clear the bar's line, write, and let the next update redraw it
      if (started) stream.write('\r\x1b[K');
      stream.write(line + '\n');
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** 1234567 → "1.2 MB" (for byte counts beside a bar). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
