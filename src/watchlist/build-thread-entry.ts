/**
 * Worker thread of build-thread.ts: loads a list file into a screener (its own reader thread, the index cache) and
 * sends the built index back as a snapshot. Errors go back with their code, line and reason.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toAppErrorData } from '../errors/app-error';
import { SnapshotUnsupported } from '../screening/snapshot';
import { loadScreenerFromFile } from './load';
import type { BuildWorkerData, BuildWorkerMessage } from './build-thread';

async function run(d: BuildWorkerData): Promise<BuildWorkerMessage> {
  try {
    const r = await loadScreenerFromFile(d.file, {
      ...(d.hmacKey ? { hmacKey: d.hmacKey } : {}),
      ...(d.displayName !== undefined ? { displayName: d.displayName } : {}),
      ...(d.cacheDir !== undefined ? { cacheDir: d.cacheDir, cacheWrite: 'await' as const } : {}),
    });
    const snapshot = r.screener.snapshot();
    // One fresh buffer holding every section at an 8-aligned offset, handed over (transferred, not copied): the
    // receiving thread then only decodes the string tables.
    let size = 0;
    const placed = snapshot.sections.map((s) => {
      const offset = Math.ceil(size / 8) * 8;
      size = offset + s.bytes.byteLength;
      return { name: s.name, kind: s.kind, offset, length: s.bytes.byteLength };
    });
    const body = new ArrayBuffer(Math.max(8, Math.ceil(size / 8) * 8));
    const view = new Uint8Array(body);
    snapshot.sections.forEach((s, i) => view.set(s.bytes, placed[i]!.offset));
    const cache = r.cache
      ? {
          outcome: r.cache.outcome,
          ...(r.cache.reason !== undefined ? { reason: r.cache.reason } : {}),
          ...(r.cache.written !== undefined ? { written: r.cache.written } : {}),
        }
      : undefined;
    return {
      type: 'built',
      version: r.version,
      fileName: r.fileName,
      entries: r.entries,
      body,
      sections: placed,
      values: snapshot.values,
      ...(cache ? { cache } : {}),
    };
  } catch (e) {
    if (e instanceof SnapshotUnsupported) return { type: 'unsupported', reason: e.message };
    const error = e instanceof AppError ? e : new AppError('WATCHLIST_UNREADABLE', e instanceof Error ? e.message : String(e));
    return { type: 'error', error: toAppErrorData(error) };
  }
}

// run() answers its own errors; what is left is the answer not going out (postMessage refusing it): sent as the
// thread's error instead, so the caller rejects rather than waits for a message.
run(workerData as BuildWorkerData)
  .then((m) => parentPort!.postMessage(m, m.type === 'built' ? [m.body] : []))
  .catch((e: unknown) => {
    const error = new AppError('WATCHLIST_UNREADABLE', `the list thread could not answer: ${e instanceof Error ? e.message : String(e)}`);
    parentPort!.postMessage({ type: 'error', error: toAppErrorData(error) } satisfies BuildWorkerMessage);
  });
