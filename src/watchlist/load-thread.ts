/**
 * The loader's worker thread, seen from the thread that builds the index. Reading, parsing, validating and
 * tokenising a million entries costs more than canonicalising their identifiers and inserting them: the worker
 * does the first part (load-thread-entry.ts) and sends the entries in batches (PreparedBatch), which this thread
 * completes and inserts as they come, so that the two halves run at the same time on two cores.
 *
 * Errors are those of the single-thread loader, with the same line and reason: the worker reads the file in
 * order and stops at the first problem, after the batches of the lines before it; this thread checks the
 * identifiers of those batches in order, so whichever problem comes first in the file is the one reported.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppErrorData, fromAppErrorData } from '../errors/app-error';
import type { DeletionEntries } from '../screening/names/fuzzy-vocabulary';
import { HashMultimap } from '../screening/names/hash-multimap';
import type { PreparedBatch } from '../screening/prepared-batch';

export interface LoadThread {
  /** The worker script (load-thread-entry.js; a .ts file with execArgv that can load TypeScript). */
  readonly filename: string;
  readonly execArgv?: readonly string[];
}

export interface LoadWorkerData {
  readonly file: string;
  readonly fileName: string;
  /** The load's time: entries expired at or before it are not indexed, and the worker tokenises no names of theirs. */
  readonly nowMs: number;
  /** Int32 [0]: batches the building thread has inserted (it counts them here, the worker reads how far behind it is). */
  readonly inserted: SharedArrayBuffer;
}

/** Batches the worker may have sent ahead of the inserts: bounds the memory a slow builder lets pile up. */
export const BATCHES_AHEAD = 4;
/**
 * The worker's young generation: it allocates a few objects per entry that die at once, and with the default
 * size they are collected (and survivors copied) several times over. 64 MB took ~1.5 s of CPU off a 1M load.
 */
const YOUNG_GENERATION_MB = 64;

export type WorkerMessage =
  | { readonly type: 'batch'; readonly batch: PreparedBatch }
  | { readonly type: 'done'; readonly sha256: string }
  | { readonly type: 'error'; readonly error: AppErrorData }
  | { readonly type: 'failed'; readonly reason: string };

/** The compiled worker next to this file, if there is one (there is none when the sources run under ts-jest). */
export function defaultLoadThread(): LoadThread | undefined {
  const filename = path.join(__dirname, 'load-thread-entry.js');
  return existsSync(filename) ? { filename } : undefined;
}

/**
 * Runs the worker over the file; onBatch gets the prepared batches in file order. Resolves with the SHA-256
 * (hex) of the file's bytes; rejects with the first problem of the list.
 */
export function prepareInThread(thread: LoadThread, data: Omit<LoadWorkerData, 'inserted'>, onBatch: (batch: PreparedBatch) => void): Promise<string> {
  const inserted = new SharedArrayBuffer(4);
  const insertedCount = new Int32Array(inserted);
  return new Promise((resolve, reject) => {
    const worker = new Worker(thread.filename, {
      workerData: { ...data, inserted },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      ...(thread.execArgv !== undefined ? { execArgv: [...thread.execArgv] } : {}),
    });
    let settled = false;
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      // The failure is what the caller gets; the thread's end has nothing to add to it.
      worker.terminate().catch(() => undefined);
      reject(e);
    };
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      if (m.type === 'batch') {
        try {
          onBatch(m.batch);
        } catch (e) {
          fail(e);
          return;
        }
        Atomics.add(insertedCount, 0, 1);
        worker.postMessage('next');
      } else if (m.type === 'done') {
        settled = true;
        resolve(m.sha256);
      } else if (m.type === 'failed') {
        fail(new Error(`list loader thread: ${m.reason}`));
      } else {
        fail(fromAppErrorData(m.error));
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`list loader thread exited (${code}) before it finished`)));
  });
}

/** The deletion-table worker beside a load thread's script (table-thread-entry, same extension and options). */
function tableThreadOf(thread: LoadThread): LoadThread {
  const ext = path.extname(thread.filename);
  return { ...thread, filename: path.join(path.dirname(thread.filename), `table-thread-entry${ext}`) };
}

/**
 * Builds the name index's deletion table in a worker thread (table-thread-entry) from entries taken from the
 * builder (ScreenerBuilder.takeDeletions): their arrays are transferred, so the caller must not use them again.
 * The worker starts at once; the table comes back when the caller's thread is free to receive it.
 */
export function buildDeletionsInThread(thread: LoadThread, entries: DeletionEntries): Promise<HashMultimap> {
  const table = tableThreadOf(thread);
  return new Promise((resolve, reject) => {
    const worker = new Worker(table.filename, {
      workerData: entries,
      transferList: [entries.hashes.buffer as ArrayBuffer, entries.values.buffer as ArrayBuffer],
      ...(table.execArgv !== undefined ? { execArgv: [...table.execArgv] } : {}),
    });
    let settled = false;
    worker.on('message', (m: { type: 'built'; parts: Parameters<typeof HashMultimap.of>[0] } | { type: 'failed'; reason: string }) => {
      settled = true;
      if (m.type === 'built') resolve(HashMultimap.of(m.parts));
      else reject(new Error(`deletion table thread: ${m.reason}`));
      // The answer is in hand: the thread's end has nothing to add to it.
      worker.terminate().catch(() => undefined);
    });
    worker.on('error', (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`deletion table thread exited (${code}) before it finished`));
      settled = true;
    });
  });
}
