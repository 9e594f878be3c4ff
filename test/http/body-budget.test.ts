/**
 * The process-wide budget of request-body bytes (MAX_BODY_BYTES_IN_FLIGHT): a body that would pass it is refused with
 * 503 OVERLOADED before it is read, by its Content-Length or, sent in chunks, as soon as its bytes pass the budget;
 * the budget comes back when a request ends, also when its client goes away. Compressed bodies are refused.
 */
import net from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, TestGateway, startTestGateway } from '../helpers/test-gateway';

const BUDGET = 64 * 1024;
let t: TestGateway;
let server: Server;
let port: number;
beforeAll(async () => {
  t = await startTestGateway('body-budget', { MAX_BODY_BYTES: String(BUDGET), MAX_BODY_BYTES_IN_FLIGHT: String(BUDGET) });
  server = t.gw.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.destroy();
});

const post = (body: string | ReadableStream, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}/v1/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/xml', accept: 'application/json', ...headers },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);

/** A body of which only the start arrives: it holds its share of the budget until destroyed. */
async function stalled(headers: string, start = '<Document>'): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  socket.write(`POST /v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKENS.submitter}\r\nContent-Type: application/xml\r\n${headers}\r\n${start}`);
  await new Promise((r) => setTimeout(r, 200));
  return socket;
}

const message = (n: number) => pacs008([{ creditorName: `Budget Test ${n} AB`, creditorIban: ibanDE(40 + n) }]);

it('refuses a body its Content-Length would put past the budget, at once, and stores nothing', async () => {
  const holder = await stalled(`Content-Length: ${BUDGET - 1000}\r\n`);
  try {
    const xml = message(1);
    const started = Date.now();
    const refused = await post(xml);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('OVERLOADED');
    expect(body.error.message).toContain(`MAX_BODY_BYTES_IN_FLIGHT=${BUDGET}`);
    // Not after the stalled body's timeout (the server's requestTimeout, 120 s): the refusal does not wait for the
    // other body. The bound is far below that timeout and far above a loaded machine's scheduling delays.
    expect(Date.now() - started).toBeLessThan(20_000);
    holder.destroy();
    await new Promise((r) => setTimeout(r, 200));
    // the same message is new to the gateway: the refusal stored nothing, and the budget came back
    const accepted = await post(xml);
    expect(accepted.status).toBe(200);
  } finally {
    holder.destroy();
  }
});

it('counts a chunked body as its bytes arrive', async () => {
  const holder = await stalled('Transfer-Encoding: chunked\r\n', `${(BUDGET - 200).toString(16)}\r\n${'x'.repeat(BUDGET - 200)}\r\n`);
  try {
    const xml = message(2);
    const chunks = [xml.slice(0, 100), xml.slice(100)];
    const stream = new ReadableStream({ pull: (c) => (chunks.length > 0 ? c.enqueue(new TextEncoder().encode(chunks.shift()!)) : c.close()) });
    const refused = await post(stream);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('OVERLOADED');
  } finally {
    holder.destroy();
  }
  await new Promise((r) => setTimeout(r, 200));
  expect((await post(message(3))).status).toBe(200);
});

it('refuses compressed bodies (their decoded size is unknown until decoded)', async () => {
  const r = await post(message(4), { 'content-encoding': 'gzip' });
  expect(r.status).toBe(415);
  expect(((await r.json()) as { error: { code: string } }).error.code).toBe('MEDIA_TYPE_UNSUPPORTED');
});
