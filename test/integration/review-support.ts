/**
 * Small helpers shared by the review workflow tests (test/integration/review-*.test.ts and test/e2e).
 */
import type { AuditEvent, AuditEventType } from '../../src/model/audit';
import type { RunningGateway } from '../../src/composition/gateway';
import { LISTED, ibanDE, pacs008, TxSpec } from '../helpers/pacs008';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';

/** Every audit event of the gateway's chain (optionally only some types). */
export async function auditEvents(gw: RunningGateway, ...types: AuditEventType[]): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  await gw.audit.seal(); // events are sealed into the chain in the background; include the newest
  for await (const e of gw.audit.events()) if (types.length === 0 || types.includes(e.type)) out.push(e);
  return out;
}

/** Waits until the audit chain has an event matching the predicate, and returns it. */
export async function auditEvent(gw: RunningGateway, what: string, pred: (e: AuditEvent) => boolean, timeoutMs = 10_000): Promise<AuditEvent> {
  let found: AuditEvent | undefined;
  await waitUntil(async () => (found = (await auditEvents(gw)).find(pred)) !== undefined, timeoutMs, what);
  return found!;
}

let seq = 100;

/** Submits a payment to the listed IBAN (an identifier hit: held) and returns the ids. */
export async function holdPayment(t: TestGateway, spec: Partial<TxSpec> = {}): Promise<{ holdId: string; messageId: string; body: Record<string, unknown> }> {
  const res = await t.submit(pacs008([{ creditorName: `Payee ${seq++}`, creditorIban: LISTED.iban, ...spec }])).expect(200);
  const holdId = res.body.transactions[0].holdId as string | undefined;
  if (!holdId) throw new Error(`expected a hold, got ${JSON.stringify(res.body.transactions[0])}`);
  return { holdId, messageId: res.body.message.id as string, body: res.body };
}

/** A payee that clears. */
export function cleanPayee(): Pick<TxSpec, 'creditorName' | 'creditorIban'> {
  const n = seq++;
  return { creditorName: `Clean Supplier ${n} AB`, creditorIban: ibanDE(50_000 + n) };
}

export const tag = (xml: string, name: string): string | undefined => new RegExp(`<(?:\\w+:)?${name}[^>]*>([^<]*)<`).exec(xml)?.[1];

export interface Harness {
  t: TestGateway;
  /** Stands in for the bank's core (CORE_URL). */
  core: HttpRecorder;
  /** Stands in for the hub's status endpoint (STATUS_URL). */
  hub: HttpRecorder;
}

/** A test gateway with a core and a hub, started before the file's tests and removed after them. */
export function useGateway(name: string, env: Record<string, string> = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    h.core = await new HttpRecorder().start();
    h.hub = await new HttpRecorder().start();
    h.t = await startTestGateway(name, { CORE_URL: h.core.url, STATUS_URL: h.hub.url, ...env });
  });
  afterAll(async () => {
    await h.t?.destroy();
    await h.core?.stop();
    await h.hub?.stop();
  });
  return h;
}
