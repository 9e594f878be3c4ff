/**
 * The loader's worker thread (load-thread.ts): reads the JSON Lines list, validates every entry, tokenises its names
 * (PreparedBatch) and posts the entries in batches, at most BATCHES_AHEAD ahead of the inserts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toAppErrorData } from '../errors/app-error';
import { BatchWriter } from '../screening/prepared-batch';
import { BATCHES_AHEAD, type LoadWorkerData, type WorkerMessage } from './load-thread';
import { forEachListedEntry } from './load';

const port = parentPort!;
const data = workerData as LoadWorkerData;
const writer = new BatchWriter(data.nowMs);
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
  ahead++;
  while (ahead >= BATCHES_AHEAD) await new Promise<void>((resolve) => (wake = resolve));
}

async function main(): Promise<void> {
  const sha256 = await forEachListedEntry(data.file, data.fileName, (entry, line) => writer.add(entry, line), flush);
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
