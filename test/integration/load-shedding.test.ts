/**
 * Shedding load, in the built gateway over HTTP. On event-loop delay: messages that waited while the HTTP process's
 * loop was held up (here: the process stopped with SIGSTOP for a second) are refused with 503 OVERLOADED and
 * Retry-After as soon as the loop gets to them; the loop on time again, messages are accepted. Past capacity: a burst
 * far past MAX_IN_FLIGHT all at once, most places already held by unfinished bodies (an open loop: nobody waits for an answer before sending), with the event-loop
 * share on, is answered 200 or 503 OVERLOADED with Retry-After and no stack trace; while every place is taken by work
 * in progress a refusal comes back at once. On sojourn (a second instance with that rule alone): 60 clients each
 * send a 20-transaction message as soon as the last was answered, so 60 are in progress and each waits for the loop to work through the others (a queue in the
 * gateway that refusing shortens, whatever the machine's speed); a submission sent now and then is refused naming
 * SOJOURN_TARGET_MS, and accepted once they stop. (Slow uploads are no longer the signal: a loop idle while requests
 * take long is waiting on something refusing does not speed up, and the rule holds; test/unit/runtime/sojourn.test.ts.) Nothing refused was stored; everything accepted reaches the core exactly once. (Rates and p99 under open-loop overload, where the loop stays late: `npm run bench`; the rules themselves:
 * test/unit/runtime/event-loop-delay.test.ts, test/unit/runtime/loop-utilisation.test.ts, test/unit/runtime/sojourn.test.ts.)
 */
import net from 'node:net';
import { promises as fs } from 'node:fs';
import { HttpRecorder } from '../helpers/http-recorder';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, makeDataDir } from '../helpers/test-gateway';
import { startCliGateway, CliGateway } from '../helpers/cli-gateway';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

jest.setTimeout(180_000);
let core: HttpRecorder;
let gw: CliGateway;
let dataDir: string;
const prefix = testPrefix('shedding');

beforeAll(async () => {
  core = await new HttpRecorder().start();
  dataDir = await makeDataDir();
  gw = await startCliGateway(dataDir, {
    REDIS_URL: redisUrl(),
    REDIS_PREFIX: prefix,
    CORE_URL: core.url,
    MAX_EVENT_LOOP_DELAY_MS: '100',
    MAX_IN_FLIGHT: '100',
    MAX_EVENT_LOOP_UTILISATION: '0.9',
    SOJOURN_TARGET_MS: '20',
  });
});
afterAll(async () => {
  await gw.stop();
  await core.stop();
  await deletePrefix(prefix);
  await fs.rm(dataDir, { recursive: true, force: true });
});

interface Sent {
  msgId: string;
  sentAt: number;
  ms: number;
  status: number;
  code?: string;
  message?: string;
  /** The error's fields (an answer without a stack trace has code and message only). */
  errorFields?: string[];
  retryAfter: string | null;
}

/** Every message accepted so far, by all tests: what the core must have received, each once. */
const accepted: string[] = [];

async function send(msgId: string, xml: string): Promise<Sent> {
  const sentAt = Date.now();
  const r = await fetch(`http://127.0.0.1:${gw.port}/v1/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/xml', accept: 'application/json' },
    body: xml,
  });
  const body = (await r.json()) as { error?: { code: string; message: string } };
  return {
    msgId,
    sentAt,
    ms: Date.now() - sentAt,
    status: r.status,
    code: body.error?.code,
    message: body.error?.message,
    ...(body.error ? { errorFields: Object.keys(body.error).sort() } : {}),
    retryAfter: r.headers.get('retry-after'),
  };
}

/**
 * Each refused message is unknown to the gateway, and the core received every accepted message exactly once. A
 * message answered 504 STORE_OUTCOME_UNKNOWN (Redis did not answer the accept in time: on a machine loaded many times
 * over) may or may not be stored, as the answer says; if stored, it too reaches the core once.
 */
async function expectNothingRefusedStoredAndEveryAcceptedForwardedOnce(refused: Sent[], outcomeUnknown: readonly string[] = []): Promise<void> {
  for (const a of refused) {
    const r = await fetch(`http://127.0.0.1:${gw.port}/v1/messages/${a.msgId}/status`, { headers: { authorization: `Bearer ${TOKENS.submitter}` } });
    expect(r.status).toBe(404);
  }
  const msgIdOf = (body: string) => /<MsgId>([^<]+)<\/MsgId>/.exec(body)?.[1];
  await core.waitFor(() => core.accepted.length >= accepted.length, 60_000);
  await new Promise((r) => setTimeout(r, 500));
  const atCore = core.accepted.map((r) => msgIdOf(r.body)!);
  const unknown = new Set(outcomeUnknown);
  expect(atCore.filter((id) => !unknown.has(id)).sort()).toEqual([...accepted].sort());
  const unknownAtCore = atCore.filter((id) => unknown.has(id));
  expect(unknownAtCore.length).toBe(new Set(unknownAtCore).size);
}

const message = (tag: string, i: number) => {
  const msgId = `SHED${tag}${Date.now().toString(36)}N${i}`.toUpperCase();
  return { msgId, xml: pacs008([{ creditorName: `Shedding ${tag} ${i} AB`, creditorIban: ibanDE(300_000 + i) }], { msgId }) };
};

it('refuses at once what waited while the loop was held up, accepts again after, and stores nothing it refused', async () => {
  // Settled first: just after the start the gateway writes its list index in the background.
  for (let calm = 0, i = 0; calm < 5; i++) {
    const m = message('WARM', i);
    const a = await send(m.msgId, m.xml);
    calm = a.status === 200 ? calm + 1 : 0;
    if (a.status === 200) accepted.push(m.msgId);
  }

  // The gateway's HTTP process is stopped for a second (as a long stall of its loop would hold it): what arrives
  // meanwhile waits in the kernel, and is looked at only when it runs again.
  const pid = gw.child.pid!;
  process.kill(pid, 'SIGSTOP');
  let resumedAt: number;
  let during: Sent[];
  try {
    const waiting = Array.from({ length: 20 }, (_, i) => message('STALL', 100 + i)).map((m) => send(m.msgId, m.xml));
    await new Promise((r) => setTimeout(r, 1000));
    resumedAt = Date.now();
    process.kill(pid, 'SIGCONT');
    during = await Promise.all(waiting);
  } finally {
    process.kill(pid, 'SIGCONT');
  }
  // The first pass after the stall reads what waited on open connections: the loop is a second late then, and they
  // are refused as soon as the gateway runs again (the margin is for a machine loaded many times over; how fast a 503
  // comes back under overload is measured by the bench). What is read in later passes, once the loop runs on time,
  // may be accepted: it waited already, and admitting it adds no wait.
  const refused = during!.filter((a) => a.status === 503);
  expect(refused.length).toBeGreaterThan(0);
  for (const a of during!) expect([200, 503]).toContain(a.status);
  for (const a of refused) {
    expect(a).toMatchObject({ code: 'OVERLOADED', retryAfter: '1' });
    expect(a.message).toMatch(/runs \d+ ms behind \(MAX_EVENT_LOOP_DELAY_MS=100\)/);
    expect(a.sentAt + a.ms - resumedAt).toBeLessThan(5000);
  }
  for (const a of during!) if (a.status === 200) accepted.push(a.msgId);

  // Once the loop runs on time again, messages are accepted.
  let after = 0;
  for (let i = 0; after < 5 && i < 200; i++) {
    const m = message('AFTER', 200 + i);
    const a = await send(m.msgId, m.xml);
    if (a.status === 200) {
      after++;
      accepted.push(m.msgId);
    } else {
      expect(a).toMatchObject({ status: 503, code: 'OVERLOADED' });
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  expect(after).toBe(5);

  await expectNothingRefusedStoredAndEveryAcceptedForwardedOnce(refused);
});

it('answers a burst far past capacity with 200 or 503 only, refusals without a stack trace, none stored', async () => {
  // 90 of the 100 places held by unfinished bodies first: a burst of 300 then passes MAX_IN_FLIGHT (and the 64 in
  // progress at which the share engages) however fast this machine works through it. Without them a fast machine
  // answered the 300 without ever holding 100 at once, and nothing was refused (CI, 2026-12-07).
  const stalled = await takeEveryPlace(90);
  let answers: Sent[];
  try {
    expect(stalled).toHaveLength(90);
    const burst = Array.from({ length: 300 }, (_, i) => message('BURST', 1000 + i));
    answers = await Promise.all(burst.map((m) => send(m.msgId, m.xml)));
  } finally {
    for (const s of stalled) s.destroy();
  }
  for (const a of answers) expect([200, 503]).toContain(a.status);
  const refused = answers.filter((a) => a.status === 503);
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.length).toBeLessThan(300);
  for (const a of refused) expect(a).toMatchObject({ code: 'OVERLOADED', retryAfter: '1', errorFields: ['code', 'message'] });
  for (const a of answers) if (a.status === 200) accepted.push(a.msgId);
  await expectNothingRefusedStoredAndEveryAcceptedForwardedOnce(refused);
});

/** Submissions whose bodies never finish arriving: admitted, and in progress until their sockets are destroyed. */
async function takeEveryPlace(places: number): Promise<net.Socket[]> {
  const held: net.Socket[] = [];
  // One refused (the loop late, or the share) is answered at once: it holds no place, another is sent instead.
  for (let round = 0; held.length < places && round < 20; round++) {
    const answered = new Set<net.Socket>();
    const batch = await Promise.all(
      Array.from({ length: places - held.length }, async () => {
        const socket = net.connect(gw.port, '127.0.0.1');
        socket.on('data', () => answered.add(socket));
        await new Promise((r) => socket.once('connect', r));
        socket.write(
          `POST /v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKENS.submitter}\r\nContent-Type: application/xml\r\nContent-Length: 5000\r\n\r\n<Document>`,
        );
        return socket;
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    for (const s of batch)
      if (answered.has(s)) s.destroy();
      else held.push(s);
  }
  return held;
}

it('answers a refusal at once while every place is taken by work in progress', async () => {
  const stalled = await takeEveryPlace(100);
  try {
    expect(stalled).toHaveLength(100);
    const ms: number[] = [];
    for (let i = 0; i < 100; i++) {
      const m = message('FULL', 2000 + i);
      const a = await send(m.msgId, m.xml);
      expect(a).toMatchObject({ status: 503, code: 'OVERLOADED', retryAfter: '1' });
      expect(a.message).toContain('MAX_IN_FLIGHT=100');
      ms.push(a.ms);
    }
    ms.sort((a, b) => a - b);
    // Milliseconds on an idle machine (p50 10 ms, p99 60 ms at load 20 on 2 cores); the bounds leave room for more.
    expect(ms[49]).toBeLessThan(250);
    expect(ms[98]).toBeLessThan(2000);
  } finally {
    for (const s of stalled) s.destroy();
  }
});

const busyMessage = (i: number) => {
  const msgId = `SHEDBUSY${Date.now().toString(36)}N${i}`.toUpperCase();
  const txs = Array.from({ length: 20 }, (_, t) => ({ creditorName: `Shedding busy ${i} ${t} AB`, creditorIban: ibanDE(400_000 + i * 20 + t) }));
  return { msgId, xml: pacs008(txs, { msgId }) };
};

it('refuses a share while admitted messages queue in the gateway longer than SOJOURN_TARGET_MS, accepts again after', async () => {
  // A gateway with the sojourn rule alone (and MAX_IN_FLIGHT): on a machine loaded by other work the loop runs late
  // and MAX_EVENT_LOOP_DELAY_MS refused everything before a queue could form. Same Redis prefix and core: a second
  // instance of the same deployment.
  const shared = gw;
  const sojournDir = await makeDataDir();
  gw = await startCliGateway(sojournDir, {
    REDIS_URL: redisUrl(),
    REDIS_PREFIX: prefix,
    CORE_URL: core.url,
    MAX_EVENT_LOOP_DELAY_MS: '0',
    MAX_IN_FLIGHT: '100',
    MAX_EVENT_LOOP_UTILISATION: '0',
    SOJOURN_TARGET_MS: '20',
    // One deployment, one sealing key: the first instance generated it in its folder.
    ENCRYPTION_KEY_FILE: `${dataDir}/encryption.key`,
  });
  try {
    await sojournShed();
  } finally {
    await gw.stop();
    gw = shared;
    await fs.rm(sojournDir, { recursive: true, force: true });
  }
});

async function sojournShed(): Promise<void> {
  // 60 clients, each sending a 20-transaction message as soon as the last was answered: 60 in progress (past the 32
  // at which the rule engages), the loop working through them all the time (reading, validating and screening 20
  // transactions costs the gateway far more than building and sending them costs this process). A queue that refusing
  // shortens, whatever the machine's speed: each waits ~60 ÷ throughput, over 20 ms below 3,000 messages a second.
  let busy = true;
  let n = 0;
  const busyNotAccepted: Sent[] = [];
  const clients = Array.from({ length: 60 }, async () => {
    while (busy) {
      const m = busyMessage(n++);
      const a = await send(m.msgId, m.xml);
      if (a.status === 200) accepted.push(m.msgId);
      else {
        busyNotAccepted.push(a);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  });
  const answers: Sent[] = [];
  try {
    // A probe every 200 ms: never so often that its own quick answer is the least of most intervals.
    for (let i = 0; i < 150 && !answers.some((a) => a.message?.includes('SOJOURN_TARGET_MS')); i++) {
      await new Promise((r) => setTimeout(r, 200));
      const m = message('PROBE', 5000 + i);
      answers.push(await send(m.msgId, m.xml));
    }
  } finally {
    busy = false;
    await Promise.all(clients);
  }
  const refused = answers.filter((a) => a.status !== 200);
  for (const a of refused) expect(a).toMatchObject({ status: 503, code: 'OVERLOADED', retryAfter: '1', errorFields: ['code', 'message'] });
  expect(refused.map((a) => a.message).find((m) => m?.includes('SOJOURN_TARGET_MS'))).toMatch(
    /spend \d+ ms in the gateway \(SOJOURN_TARGET_MS=20\) and it admits \d+ % of new messages/,
  );
  for (const a of answers) if (a.status === 200) accepted.push(a.msgId);
  // Fewer than 16 in progress: admitted whatever the share.
  for (let i = 0; i < 5; i++) {
    const m = message('AFTER', 6000 + i);
    const a = await send(m.msgId, m.xml);
    expect(a.status).toBe(200);
    accepted.push(m.msgId);
  }
  // The busy clients' own answers: refused (503) or, where Redis was too slow to answer the accept, 504; nothing else.
  const outcomeUnknown = busyNotAccepted.filter((a) => a.status === 504);
  for (const a of outcomeUnknown) expect(a.code).toBe('STORE_OUTCOME_UNKNOWN');
  for (const a of busyNotAccepted) if (a.status !== 504) expect(a).toMatchObject({ status: 503, code: 'OVERLOADED' });
  await expectNothingRefusedStoredAndEveryAcceptedForwardedOnce(
    [...refused, ...busyNotAccepted.filter((a) => a.status === 503)],
    outcomeUnknown.map((a) => a.msgId),
  );
}
