/**
 * A gateway restarted with a hold pending: the hold is still there (Redis) and can be released (the deadline job and
 * the stored original survived), and the release forwards exactly once.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HttpRecorder } from '../helpers/http-recorder';
import { testPrefix } from '../helpers/redis';
import { LISTED, pacs008 } from '../helpers/pacs008';
import { makeDataDir, startTestGateway } from '../helpers/test-gateway';

it('keeps a pending hold across a restart and releases it once', async () => {
  const core = await new HttpRecorder().start();
  const first = await startTestGateway('restart', { CORE_URL: core.url, FOUR_EYES: 'false' });
  const res = await first.submit(pacs008([{ creditorName: 'Held Across Restart', creditorIban: LISTED.iban }])).expect(200);
  const holdId = res.body.transactions[0].holdId as string;
  await first.stop();

  const second = await startTestGateway('restart', first.env, { dataDir: first.dataDir, prefix: first.prefix });
  try {
    const hold = await second.http.get(`/v1/holds/${holdId}`).set(second.as('reviewerA')).expect(200);
    expect(hold.body.state).toBe('pending');
    expect(await second.gw.queues.review.getJobState(holdId)).toBe('delayed');
    await second.http.post(`/v1/holds/${holdId}/release`).set(second.as('reviewerA')).send({ comment: 'ok after restart' }).expect(200);
    await core.waitFor(() => core.accepted.length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(core.requests).toHaveLength(1);
    expect(core.requests[0]!.body).toContain(LISTED.iban);
  } finally {
    await second.destroy();
    await core.stop();
  }
});

it('a start removes the half-written outbox files a crashed gateway left, and keeps the delivered ones', async () => {
  const dataDir = await makeDataDir();
  const outbox = path.join(dataDir, 'outbox');
  await fs.mkdir(outbox);
  const gone = await new Promise<number>((resolve) => {
    const c = spawn(process.execPath, ['-e', '']);
    c.once('exit', () => resolve(c.pid!));
  });
  await fs.writeFile(path.join(outbox, `.CPF0001-1.${gone}.0.tmp`), '<Document><FIToFI');
  await fs.writeFile(path.join(outbox, 'CPF0000-1.xml'), '<Document/>');
  const t = await startTestGateway('leftovers', {}, { dataDir, prefix: testPrefix('leftovers') });
  try {
    expect(await fs.readdir(outbox)).toEqual(['CPF0000-1.xml']);
  } finally {
    await t.destroy();
  }
});
