/**
 * Personal data at rest, through the built gateway: `chokepoint serve` (a real process) on a redis-server this test
 * starts with appendonly yes, no key configured (so the gateway generates one into DATA_DIR). After a held and a
 * cleared payment, no Redis value and no byte of the append-only file holds the debtor's name or IBAN, nor the
 * cleared payee's; the outbox (the core's inbox) holds the message as the core needs it. Then key rotation and
 * records that do not open, through the HTTP API of an in-process gateway.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { EmbeddedRedis, startEmbeddedRedis } from '../../src/runtime/embedded-redis';
import { CliGateway, startCliGateway } from '../helpers/cli-gateway';
import { waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, makeDataDir, startTestGateway } from '../helpers/test-gateway';

jest.setTimeout(90_000);

const unique = () => randomBytes(3).toString('hex');

/** Every value under every key of a Redis, as bytes (hashes: fields and values; lists, sets, sorted sets, streams). */
async function allValues(redis: Redis): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const key of await redis.keys('*')) {
    const type = await redis.type(key);
    if (type === 'string') out.push((await redis.getBuffer(key))!);
    else if (type === 'hash') out.push(...Object.values(await redis.hgetallBuffer(key)));
    else if (type === 'list') out.push(...(await redis.lrangeBuffer(key, 0, -1)));
    else if (type === 'set') out.push(...(await redis.smembersBuffer(key)));
    else if (type === 'zset') out.push(...(await redis.zrangeBuffer(key, 0, -1)));
    else if (type === 'stream') for (const [, fields] of await redis.xrangeBuffer(key, '-', '+')) out.push(...fields);
  }
  return out;
}

async function aofBytes(redisDataDir: string): Promise<Buffer> {
  const dir = path.join(redisDataDir, 'redis', 'appendonlydir');
  const files = await fs.readdir(dir);
  return Buffer.concat(await Promise.all(files.filter((f) => f.includes('.aof')).map((f) => fs.readFile(path.join(dir, f)))));
}

describe('the built gateway on an append-only redis-server, no key configured', () => {
  let redisDir: string;
  let redis: EmbeddedRedis;
  let dataDir: string;
  let gw: CliGateway;

  beforeAll(async () => {
    redisDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-privacy-redis-'));
    redis = await startEmbeddedRedis({ dataDir: redisDir, persistence: 'aof-always' });
    dataDir = await makeDataDir();
    gw = await startCliGateway(dataDir, { REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await gw?.stop();
    await redis?.stop();
    await fs.rm(redisDir, { recursive: true, force: true });
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('keeps no debtor name or IBAN (nor a cleared payee’s) in Redis or its append-only file', async () => {
    const run = unique();
    const held = { debtorName: `Heldebtor Privatperson ${run}`, debtorIban: ibanDE(700_000 + Math.floor(Math.random() * 99_999)) };
    const cleared = {
      debtorName: `Cleardebtor Privatperson ${run}`,
      debtorIban: ibanDE(800_000 + Math.floor(Math.random() * 99_999)),
      creditorName: `Clearpayee Bakery ${run}`,
      creditorIban: ibanDE(900_000 + Math.floor(Math.random() * 99_999)),
    };
    const h = await gw.post(pacs008([{ creditorName: LISTED.name, creditorIban: LISTED.iban, ...held }]));
    expect(h.status).toBe(200);
    const holdId = JSON.parse(h.body).transactions[0].holdId as string;
    expect((await gw.post(pacs008([cleared]))).status).toBe(200);

    // the cleared message reaches the outbox: the core's inbox, which holds what the core needs, as received
    const outbox = path.join(dataDir, 'outbox');
    // Only placed files: a hidden .tmp is a message still being written (renamed into place once synced).
    const placed = async () => (await fs.readdir(outbox).catch(() => [])).filter((f) => !f.startsWith('.'));
    await waitUntil(async () => (await placed()).length > 0, 30_000, 'the cleared message in the outbox');
    const sent = await Promise.all((await placed()).map((f) => fs.readFile(path.join(outbox, f), 'utf8')));
    expect(sent.some((x) => x.includes(cleared.debtorName))).toBe(true);

    // the hold reads back through the API (opened with the generated key), the debtor's side masked
    const base = `http://127.0.0.1:${gw.port}/v1/holds/${holdId}`;
    const detail = await fetch(base, { headers: { authorization: `Bearer ${TOKENS.reviewerA}` } });
    expect(detail.status).toBe(200);
    const shown = await detail.text();
    expect(shown).toContain(LISTED.iban);
    expect(shown).not.toContain(held.debtorName);
    expect(shown).not.toContain(held.debtorIban);
    expect((JSON.parse(shown) as { debtorMasked: string[] }).debtorMasked).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/Dbtr\/Nm$/), expect.stringMatching(/\/DbtrAcct\/Id\/IBAN$/)]),
    );
    // revealing needs the permission: a reviewer without it is refused, one with it sees the debtor
    const reveal = (token: string) =>
      fetch(`${base}/reveal-debtor`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'privacy test' }),
      });
    const refused = await reveal(TOKENS.reviewerA);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const revealed = await reveal(TOKENS.reviewerReveal);
    expect(revealed.status).toBe(200);
    expect(await revealed.text()).toContain(held.debtorName);

    // the generated key: DATA_DIR/encryption.key, owner-only
    expect((await fs.stat(path.join(dataDir, 'encryption.key'))).mode & 0o777).toBe(0o600);

    const secrets = [held.debtorName, held.debtorIban, cleared.debtorName, cleared.debtorIban, cleared.creditorName, cleared.creditorIban].map((s) =>
      Buffer.from(s),
    );
    const client = new Redis(redis.url);
    try {
      const values = await allValues(client);
      expect(values.some((v) => v.includes(Buffer.from(holdId)))).toBe(true);
      // the reveal is on record (audit trail, in Redis until archived): who and which hold
      expect(values.some((v) => v.includes(Buffer.from('"debtor-revealed"')) && v.includes(Buffer.from(holdId)) && v.includes(Buffer.from('"carol"')))).toBe(
        true,
      );
      for (const s of secrets) expect(values.filter((v) => v.includes(s)).map((v) => v.toString('utf8').slice(0, 200))).toEqual([]);
    } finally {
      client.disconnect();
    }
    const aof = await aofBytes(redisDir);
    expect(aof.includes(Buffer.from(holdId))).toBe(true);
    for (const s of secrets) expect(aof.includes(s)).toBe(false);
  });
});

describe('keys rotate; a record that does not open is an error with a code', () => {
  const keyA = randomBytes(32);
  const keyB = randomBytes(32);
  const held = () => pacs008([{ creditorName: LISTED.name, creditorIban: LISTED.iban, debtorName: `Rotating Debtor ${unique()}` }]);

  it('reads records of the older key after a new current key is configured, refuses them once it is gone, and refuses a changed record', async () => {
    const first = await startTestGateway('privacy-rotate', { ENCRYPTION_KEY: keyA.toString('hex'), FOUR_EYES: 'false' });
    const old1 = (await first.submit(held()).expect(200)).body.transactions[0].holdId as string;
    const old2 = (await first.submit(held()).expect(200)).body.transactions[0].holdId as string;
    await first.stop();

    // B current (written under id "b2"), A still configured for reading
    const second = await startTestGateway(
      'privacy-rotate',
      { ...first.env, ENCRYPTION_KEY: `b2:${keyB.toString('base64')},${keyA.toString('hex')}` },
      { dataDir: first.dataDir, prefix: first.prefix },
    );
    let fresh: string;
    try {
      const detail = await second.http.get(`/v1/holds/${old1}`).set(second.as('reviewerA')).expect(200);
      expect(detail.body.original).toContain(LISTED.iban);
      await second.http.post(`/v1/holds/${old1}/release`).set(second.as('reviewerA')).send({ comment: 'read after rotation' }).expect(200);
      await second.settled();
      const sent = await Promise.all((await second.outbox()).map((f) => fs.readFile(f, 'utf8')));
      expect(sent.some((x) => x.includes(detail.body.transaction.endToEndId))).toBe(true);
      fresh = (await second.submit(held()).expect(200)).body.transactions[0].holdId as string;
      const messageId = (await second.http.get(`/v1/holds/${fresh}`).set(second.as('reviewerA')).expect(200)).body.messageId as string;
      const raw = (await second.gw.redis.hgetBuffer(second.gw.keys.message(messageId), 'raw'))!;
      expect(raw.includes(Buffer.from('b2'))).toBe(true);
    } finally {
      await second.stop();
    }

    // A removed: its records are refused with a code, the others still read, the gateway keeps answering
    const third = await startTestGateway(
      'privacy-rotate',
      { ...first.env, ENCRYPTION_KEY: `b2:${keyB.toString('hex')}` },
      { dataDir: first.dataDir, prefix: first.prefix },
    );
    try {
      const refused = await third.http.get(`/v1/holds/${old2}`).set(third.as('reviewerA')).expect(500);
      expect(refused.body.error.code).toBe('RECORD_KEY_UNKNOWN');
      expect(refused.body.error.message).not.toContain(keyA.toString('hex'));
      const ok = await third.http.get(`/v1/holds/${fresh}`).set(third.as('reviewerA')).expect(200);

      // one byte of the sealed original changed in Redis
      const key = third.gw.keys.message(ok.body.messageId);
      const raw = (await third.gw.redis.hgetBuffer(key, 'raw'))!;
      raw[raw.length - 3] ^= 0x01;
      await third.gw.redis.hset(key, 'raw', raw);
      const tampered = await third.http.get(`/v1/holds/${fresh}`).set(third.as('reviewerA')).expect(500);
      expect(tampered.body.error.code).toBe('RECORD_UNREADABLE');
      await third.http.get('/healthz').expect(200);
      // the queue holds old2, sealed under the removed key: the page fails with the code rather than leaving it out
      const page = await third.http.get('/v1/holds').set(third.as('reviewerA')).expect(500);
      expect(page.body.error.code).toBe('RECORD_KEY_UNKNOWN');

      // a gateway with none of the keys this Redis's records are sealed under (its own generated key), or with another
      // key under a known id, does not start
      const other = randomBytes(32);
      for (const ENCRYPTION_KEY of [other.toString('hex'), `b2:${other.toString('hex')}`]) {
        await expect(
          startTestGateway('privacy-rotate', { ...first.env, ENCRYPTION_KEY }, { dataDir: first.dataDir, prefix: first.prefix }),
        ).rejects.toMatchObject({
          code: 'CONFIG_INVALID',
          message: expect.stringMatching(/sealed under key|is not the key/),
        });
      }
    } finally {
      await third.destroy();
    }
  });
});

describe('debtor data in the review API: masked by default, revealed with a permission of its own, audited', () => {
  it('masks the debtor in the hold, refuses a reveal without the permission, and records every reveal', async () => {
    const t = await startTestGateway('privacy-mask', { FOUR_EYES: 'false' });
    try {
      const debtorName = `Maskdebtor Person ${unique()}`;
      const debtorIban = ibanDE(600_000 + Math.floor(Math.random() * 99_999));
      const holdId = (await t.submit(pacs008([{ creditorName: LISTED.name, creditorIban: LISTED.iban, debtorName, debtorIban }])).expect(200)).body
        .transactions[0].holdId as string;

      const detail = await t.http.get(`/v1/holds/${holdId}`).set(t.as('reviewerA')).expect(200);
      expect(detail.text).not.toContain(debtorName);
      expect(detail.text).not.toContain(debtorIban);
      expect(detail.body.original).toContain('<Nm>•••</Nm>');
      expect(detail.body.original).toContain(`<IBAN>${LISTED.iban}</IBAN>`);
      const page = await t.http.get('/v1/holds').set(t.as('reviewerA')).expect(200);
      expect(page.text).not.toContain(debtorName);

      const session = async (who: 'reviewerA' | 'reviewerReveal') =>
        (await t.http.get('/v1/review/session').set(t.as(who)).expect(200)).body.reviewer.permissions;
      expect(await session('reviewerA')).toEqual([]);
      expect(await session('reviewerReveal')).toEqual(['reveal-debtor']);

      const url = `/v1/holds/${holdId}/reveal-debtor`;
      expect((await t.http.post(url).set(t.as('reviewerA')).send({ reason: 'curious' }).expect(403)).body.error.code).toBe('FORBIDDEN');
      expect((await t.http.post(url).set(t.as('submitter')).send({ reason: 'curious' }).expect(403)).body.error.code).toBe('FORBIDDEN');
      expect((await t.http.post(url).set(t.as('reviewerReveal')).send({}).expect(400)).body.error.code).toBe('REQUEST_INVALID');

      const reveal = await t.http.post(url).set(t.as('reviewerReveal')).send({ reason: 'same payer in three holds' }).expect(200);
      expect(reveal.body).toMatchObject({ holdId, revealedBy: 'carol' });
      expect(reveal.body.original).toContain(debtorName);
      expect(reveal.body.debtor).toEqual(
        expect.arrayContaining([
          { path: expect.stringMatching(/\/Dbtr\/Nm$/), value: debtorName },
          { path: expect.stringMatching(/\/DbtrAcct\/Id\/IBAN$/), value: debtorIban },
        ]),
      );

      await t.gw.audit.seal();
      const events = [];
      for await (const e of t.gw.audit.events()) if (e.holdId === holdId && e.type === 'debtor-revealed') events.push(e);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor: 'carol', at: reveal.body.revealedAt, data: { reason: 'same payer in three holds' } });
      expect(JSON.stringify(events[0])).not.toContain(debtorName);
    } finally {
      await t.destroy();
    }
  });
});
