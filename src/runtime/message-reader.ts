/**
 * Reads submitted bodies into InboundMessages. Small bodies are read inline (a few hundred microseconds); large
 * batches (thousands of transactions) go to a worker thread so that one 10,000-transaction file does not stall
 * every other request for its whole parse.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Piscina } from 'piscina';
import { readMessage } from '../iso20022';
import type { InboundMessage, XmlLimits } from '../iso20022';
import { fromAppErrorData } from '../errors/app-error';
import type { ReadReply } from './read-thread-entry';

export class MessageReader {
  private pool?: Piscina;

  constructor(
    private readonly options: {
      largeBodyBytes: number;
      threads: number;
      validate: boolean;
      limits: XmlLimits;
      /** A thread that failed while no read was running on it (a failure during a read rejects that read). */
      onThreadError?: (e: Error) => void;
    },
  ) {
    const worker = path.join(__dirname, 'read-thread-entry.js');
    // Under ts-jest the sources are .ts and no compiled worker may exist: then large bodies are read inline.
    if (existsSync(worker) && options.threads > 0) {
      this.pool = new Piscina({ filename: worker, minThreads: 0, maxThreads: options.threads, idleTimeout: 30_000 });
      // Piscina emits 'error' for such a thread; without a listener that would end the process.
      this.pool.on('error', (e: Error) => options.onThreadError?.(e));
    }
  }

  get offloads(): boolean {
    return this.pool !== undefined;
  }

  async read(body: Uint8Array): Promise<InboundMessage> {
    const { validate, limits } = this.options;
    if (!this.pool || body.byteLength < this.options.largeBodyBytes) return readMessage(body, { validate, limits });
    const reply = (await this.pool.run({ body, validate, limits })) as ReadReply;
    if (reply.ok) return reply.message;
    throw fromAppErrorData(reply.error);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
