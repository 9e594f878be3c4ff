/**
 * The loader's worker thread (load-thread.ts): reads the JSON Lines list, validates every entry, tokenises its names
 * (PreparedBatch) and posts the entries in batches, at most BATCHES_AHEAD ahead of the inserts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toAppErrorData } from '../errors/app-error';
import { BatchWriter } from '../screening/prepared-batch';
import type { WatchlistEntry } from '../screening/types';
import { BATCHES_AHEAD, type LoadWorkerData, type WorkerMessage } from './load-thread';
import { forEachListedEntry } from './load';

const port = parentPort!;
const data = workerData as LoadWorkerData;
const writer = new BatchWriter(data.nowMs);
const inserted = new Int32Array(data.inserted);
/** Batches posted; those not yet inserted (posted - inserted[0]) include the one being inserted. */
let posted = 0;
let ahead = 0;
let wake: (() => void) | undefined;
port.on('message', () => {
  ahead--;
  wake?.();
});

const post = (m: WorkerMessage): void => port.postMessage(m);

async function flush(): Promise<void> {
  if (writer.count === 0) return;
  post({ type: 'batch', batch: writer.take() });
  posted++;
  ahead++;
  while (ahead >= BATCHES_AHEAD) await new Promise<void>((resolve) => (wake = resolve));
}

async function main(): Promise<void> {
  const add = (entry: WatchlistEntry, line: number): void => {
    // Read fresh (not from the 'next' messages, which wait for this thread's event loop): with a whole batch
    // queued besides the one being inserted the building thread is behind, and this one tokenises; otherwise
    // the building thread would soon wait, and tokenises this batch's names itself.
    if (writer.count === 0) writer.tokenise = posted - Atomics.load(inserted, 0) >= 2;
    writer.add(entry, line);
  };
  const sha256 = await forEachListedEntry(data.file, data.fileName, add, flush);
  await flush();
  post({ type: 'done', sha256 });
}

main()
  .catch((e: unknown) => {
    // The entries before the bad line go first: one of them may hold an invalid identifier, which the other
    // thread finds, and that problem comes earlier in the file.
    if (writer.count > 0) post({ type: 'batch', batch: writer.take() });
    if (e instanceof AppError) post({ type: 'error', error: toAppErrorData(e) });
    else post({ type: 'failed', reason: e instanceof Error ? e.message : String(e) });
  })
  .finally(() => port.close());
