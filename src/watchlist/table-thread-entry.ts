/**
 * Worker thread of load-thread.ts's buildDeletionsInThread: builds the name index's deletion table (the largest
 * of the fuzzy vocabulary's tables, ~15M entries at a million listed names) from the entries the building thread
 * hands over, while that thread builds the other tables; the arrays come and go transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildDeletions, type DeletionEntries } from '../screening/names/fuzzy-vocabulary';

try {
  const parts = buildDeletions(workerData as DeletionEntries).parts();
  parentPort!.postMessage({ type: 'built', parts }, [parts.offsets.buffer as ArrayBuffer, parts.data.buffer as ArrayBuffer]);
} catch (e) {
  parentPort!.postMessage({ type: 'failed', reason: e instanceof Error ? e.message : String(e) });
}
