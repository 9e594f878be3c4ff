/**
 * 'error' events the gateway's HTTP process must handle rather than die of: its HTTP server's after the start (the
 * start's once-listener takes only the first), and its message-reading thread pool's.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import type { Logger } from 'pino';
import { MessageReader } from '../../src/runtime/message-reader';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';

jest.mock('piscina', () => ({
  // A pool that runs nothing: what matters here is its 'error' event.
  Piscina: class extends jest.requireActual<typeof import('node:events')>('node:events').EventEmitter {
    destroy = async () => undefined;
  },
}));

let t: TestGateway | undefined;
const log = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn(), fatal: jest.fn(), child: () => log };

beforeAll(async () => {
  t = await startTestGateway('process-errors', {}, undefined, { listen: true, log: log as unknown as Logger });
});

afterAll(async () => {
  await t?.destroy();
});

it('errors of the HTTP server after the start are logged, and it keeps answering', async () => {
  const refused = () => Object.assign(new Error('accept EMFILE'), { code: 'EMFILE', syscall: 'accept' });
  // The first would go to the start's once-listener; the second, with no listener left, would be thrown.
  expect(() => t!.gw.server!.emit('error', refused())).not.toThrow();
  expect(() => t!.gw.server!.emit('error', refused())).not.toThrow();
  expect(log.error).toHaveBeenCalledWith({ code: 'EMFILE', syscall: 'accept' }, 'HTTP server error');
  expect((await fetch(`${t!.gw.url}/healthz`)).status).toBe(200);
});

it("the message reader's thread pool: an 'error' of a thread outside a read goes to onThreadError", async () => {
  // The compiled thread entry exists after a build; the pool itself is the stand-in above.
  const exists = jest.spyOn(fs, 'existsSync').mockReturnValue(true);
  const onThreadError = jest.fn();
  const reader = new MessageReader({ largeBodyBytes: 1, threads: 1, validate: true, limits: {} as never, onThreadError });
  exists.mockRestore();
  const pool = (reader as unknown as { pool: EventEmitter }).pool;
  expect(pool).toBeInstanceOf(EventEmitter);
  expect(() => pool.emit('error', new Error('thread failed'))).not.toThrow();
  expect(onThreadError).toHaveBeenCalledWith(expect.objectContaining({ message: 'thread failed' }));
  await reader.close();
});
