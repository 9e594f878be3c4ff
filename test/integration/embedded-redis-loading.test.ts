/**
 * A Redis replaying its append-only file after a crash answers PING with -LOADING for as long as that takes (a large
 * file, or up to the rewrite floor of commands): the embedded Redis's start waits for it rather than killing it at 10 s
 * and failing the gateway's restart. A stand-in server (a node script started as the redis-server executable) answers
 * -LOADING for 12 s, then PONG.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedRedis } from '../../src/runtime/embedded-redis';

jest.setTimeout(60_000);

const FAKE = `#!${process.execPath}
const net = require('node:net');
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
const ready = Date.now() + 12000;
net.createServer((s) => s.on('data', () => s.write(Date.now() < ready ? '-LOADING Redis is loading the dataset in memory\\r\\n' : '+PONG\\r\\n'))).listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`;

it('a Redis still loading its data is waited for, however long past 10 s', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-embedded-loading-'));
  const exe = path.join(dir, 'fake-redis-server');
  await fs.writeFile(exe, FAKE, { mode: 0o755 });
  const started = Date.now();
  const redis = await startEmbeddedRedis({ dataDir: path.join(dir, 'data'), persistence: 'none', executable: exe });
  try {
    expect(Date.now() - started).toBeGreaterThanOrEqual(11_000);
  } finally {
    await redis.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});
