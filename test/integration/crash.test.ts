/**
 * The process and its Redis killed mid-flight (SIGKILL, no shutdown), on the embedded defaults of `npm start`: private
 * redis-server with append-only fsync-always persistence and the file outbox. After a restart on the same DATA_DIR,
 * every message that was acknowledged is forwarded exactly once, no message is forwarded twice, and a resend of an
 * acknowledged message is answered with its original outcome (a replay).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { makeDataDir } from '../helpers/test-gateway';
import { waitUntil } from '../helpers/http-recorder';
import { CliGateway, startCliGateway } from '../helpers/cli-gateway';

jest.setTimeout(240_000);

const post = async (gw: CliGateway, xml: string) => (await gw.post(xml)).status;

it('acknowledged payments survive SIGKILL and are forwarded exactly once', async () => {
  const dataDir = await makeDataDir();
  let gw = await startCliGateway(dataDir);
  const port = gw.port;
  const messages = Array.from({ length: 400 }, (_, i) => pacs008([{ creditorName: `Crash Test ${i} AB`, creditorIban: ibanDE(5000 + i) }]));
  const statuses = new Array<number>(messages.length).fill(-1);

  // Send in waves of 20 concurrent requests and kill the gateway while a wave is in flight.
  let sent = 0;
  const killAfter = 200;
  while (sent < messages.length) {
    const wave = messages.slice(sent, sent + 20).map((m, k) => post(gw, m).then((s) => (statuses[sent + k] = s)));
    if (sent === killAfter) {
      await new Promise((r) => setTimeout(r, 5));
      // Power cut: the gateway and its redis-server die at once; the restart replays the append-only file.
      const redisPid = JSON.parse(await fs.readFile(path.join(dataDir, 'redis.json'), 'utf8')).pid as number;
      const killed = gw.stop('SIGKILL');
      process.kill(redisPid, 'SIGKILL');
      await Promise.all(wave);
      await killed;
      gw = await startCliGateway(dataDir, {}, port);
    } else await Promise.all(wave);
    sent += 20;
  }
  const acked = statuses.map((s, i) => (s === 200 ? i : -1)).filter((i) => i >= 0);
  expect(acked.length).toBeGreaterThan(300);

  // Every acknowledged message reaches the outbox exactly once.
  const outbox = path.join(dataDir, 'outbox');
  const bodies = async () =>
    Promise.all((await fs.readdir(outbox).catch(() => [] as string[])).filter((f) => f.endsWith('.xml')).map((f) => fs.readFile(path.join(outbox, f), 'utf8')));
  await waitUntil(
    async () => {
      const all = await bodies();
      return acked.every((i) => all.some((b) => b.includes(`Crash Test ${i} AB<`)));
    },
    100_000,
    'acknowledged messages in the outbox',
  );
  const all = await bodies();
  for (let i = 0; i < messages.length; i++) {
    expect(all.filter((b) => b.includes(`Crash Test ${i} AB<`)).length).toBeLessThanOrEqual(1);
  }

  // The hub resends the messages whose answer it did not get: acknowledged ones are replays of their answer, none is
  // forwarded twice.
  for (let i = 0; i < messages.length; i++) {
    const r = await gw.post(messages[i]!);
    expect(r.status).toBe(200);
    if (statuses[i] === 200) expect(r.replay).toBe(true);
  }
  await waitUntil(async () => (await bodies()).length === messages.length, 100_000, 'every message forwarded once');
  await new Promise((r) => setTimeout(r, 500));
  expect((await bodies()).length).toBe(messages.length);

  await gw.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
});
