/**
 * A list loaded while the gateway serves (PUT /v1/watchlist, or a list another instance announced) must not take
 * the HTTP thread: building a million-entry index there stalls every request for seconds at a time (measured:
 * up to 6.9 s, 35 s in all). Here the whole load runs in a worker thread (build-thread-entry.ts, which reads with its
 * own reader thread and stores the index cache) and the built index comes back as a snapshot (the index cache's
 * flat sections), which this thread restores: a copy and the decoding of the string tables, about a second at
 * 1M entries. At start, with nothing served yet, the gateway builds in its own thread (no copy).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, AppErrorData, fromAppErrorData } from '../errors/app-error';
import { ListScreener } from '../screening/screener';
import { Section, SectionKind, SnapshotReader } from '../screening/snapshot';
import type { LoadedScreener } from './load';

export interface BuildWorkerData {
  readonly file: string;
  readonly hmacKey?: Uint8Array;
  readonly cacheDir?: string;
  /** How messages name the list (LoadOptions.displayName). */
  readonly displayName?: string;
}

export type BuildWorkerMessage =
  | {
      readonly type: 'built';
      readonly version: string;
      readonly fileName: string;
      readonly entries: number;
      /** Every section's bytes, at the offsets below (transferred). */
      readonly body: ArrayBuffer;
      readonly sections: readonly { name: string; kind: SectionKind; offset: number; length: number }[];
      readonly values: Readonly<Record<string, number | string | boolean>>;
      readonly cache?: { outcome: NonNullable<LoadedScreener['cache']>['outcome']; reason?: string; written?: boolean };
    }
  | { readonly type: 'unsupported'; readonly reason: string }
  | { readonly type: 'error'; readonly error: AppErrorData };

/** The compiled worker next to this file, if there is one (there is none when the sources run under ts-jest). */
export function defaultBuildWorker(): string | undefined {
  const filename = path.join(__dirname, 'build-thread-entry.js');
  return existsSync(filename) ? filename : undefined;
}

/**
 * Loads the list in a worker thread. Resolves undefined when the index cannot travel as a snapshot (a name with a
 * lone surrogate): the caller then builds it in its own thread. Rejects with the list's first problem.
 */
export function loadScreenerInThread(workerFile: string, data: BuildWorkerData): Promise<LoadedScreener | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: data });
    let settled = false;
    worker.once('message', (m: BuildWorkerMessage) => {
      settled = true;
      // The answer is in hand: the thread's end (its exit code) is of no further use, and terminate() has nothing to
      // report that the answer has not.
      worker.terminate().catch(() => undefined);
      try {
        if (m.type === 'unsupported') return resolve(undefined);
        if (m.type === 'error') return reject(fromAppErrorData(m.error));
        const sections = new Map<string, Section>();
        for (const s of m.sections) {
          if (!(s.offset >= 0 && s.length >= 0 && s.offset + s.length <= m.body.byteLength))
            throw new AppError('WATCHLIST_UNREADABLE', `the built index came back damaged (section ${s.name})`);
          sections.set(s.name, { name: s.name, kind: s.kind, bytes: new Uint8Array(m.body, s.offset, s.length) });
        }
        const reader = new SnapshotReader(sections, m.values);
        const screener = ListScreener.restore(reader, { version: m.version, ...(data.hmacKey ? { hmacKey: data.hmacKey } : {}) });
        resolve({ screener, version: m.version, fileName: m.fileName, entries: m.entries, ...(m.cache ? { cache: m.cache } : {}) });
      } catch (e) {
        reject(e);
      }
    });
    worker.once('error', (e) => {
      if (settled) return;
      settled = true;
      reject(new AppError('WATCHLIST_UNREADABLE', `the list could not be loaded: ${e.message}`, { cause: e }));
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new AppError('WATCHLIST_UNREADABLE', `the list loader stopped (exit code ${code})`));
    });
  });
}
