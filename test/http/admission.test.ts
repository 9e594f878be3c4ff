/**
 * Admission control: past MAX_IN_FLIGHT messages in progress the next one is refused at once with 503 OVERLOADED and
 * Retry-After (nothing stored), and a place frees when a request ends, also when its client goes away.
 */
import net from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, TestGateway, startTestGateway } from '../helpers/test-gateway';

let t: TestGateway;
let server: Server;
let port: number;
beforeAll(async () => {
  t = await startTestGateway('admission', { MAX_IN_FLIGHT: '1' });
  server = t.gw.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.destroy();
});

const post = (xml: string) =>
  fetch(`http://127.0.0.1:${port}/v1/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/xml', accept: 'application/json' },
    body: xml,
  });

/** A submission whose body never finishes arriving: admitted, and in progress until the socket is destroyed. */
async function stalledSubmission(): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  socket.write(
    `POST /v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKENS.submitter}\r\nContent-Type: application/xml\r\nContent-Length: 5000\r\n\r\n<Document>`,
  );
  await new Promise((r) => setTimeout(r, 200));
  return socket;
}

it('refuses the message over the limit with 503 OVERLOADED and Retry-After, and stores nothing', async () => {
  const stalled = await stalledSubmission();
  try {
    const xml = pacs008([{ creditorName: 'Admission Test AB', creditorIban: ibanDE(77) }]);
    const refused = await post(xml);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('OVERLOADED');
    expect(body.error.message).toContain('MAX_IN_FLIGHT=1');

    stalled.destroy();
    await new Promise((r) => setTimeout(r, 200));
    // The same message again: accepted now, and not a duplicate, so the refusal left nothing behind.
    const accepted = await post(xml);
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { transactions: { decision: string }[] }).transactions[0]!.decision).toBe('clear');
  } finally {
    stalled.destroy();
  }
});

it('refuses while full before anything else is looked at: no token check, no body read', async () => {
  const stalled = await stalledSubmission();
  try {
    const r = await fetch(`http://127.0.0.1:${port}/v1/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'not even XML' });
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('1');
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('OVERLOADED');
    // Other routes are not subject to admission.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  } finally {
    stalled.destroy();
    await new Promise((r) => setTimeout(r, 200));
  }
});

it('frees the place when a request completes', async () => {
  for (let i = 0; i < 3; i++) {
    const r = await post(pacs008([{ creditorName: `Sequential ${i} AB`, creditorIban: ibanDE(80 + i) }]));
    expect(r.status).toBe(200);
  }
});
