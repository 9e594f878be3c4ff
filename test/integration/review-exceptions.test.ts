/**
 * Scoped false-positive exceptions: proposed from a hold by one reviewer, confirmed by another, with an expiry. Later
 * payments to the same payee with the same evidence against the same entry are not held (the hit is kept with
 * `suppressedBy`, the suppression is audited) on every gateway instance; another payee still hits the entry; new
 * evidence still holds; revocation and expiry end it.
 */
import { ExceptionService } from '../../src/app/exception-service';
import { ExceptionStore } from '../../src/store/exception-store';
import { redisAnnouncements } from '../../src/store/announcements';
import { readMessage } from '../../src/iso20022';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008, TxSpec } from '../helpers/pacs008';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';
import { auditEvent, auditEvents, holdPayment } from './review-support';

let core: HttpRecorder;
let a: TestGateway;
let b: TestGateway;

beforeAll(async () => {
  core = await new HttpRecorder().start();
  a = await startTestGateway('review-exceptions', { CORE_URL: core.url });
  b = await startTestGateway('review-exceptions', a.env, { dataDir: a.dataDir, prefix: a.prefix });
});
afterAll(async () => {
  await b.stop();
  await a.destroy();
  await core.stop();
});

const ENTRY = 'SE-POL-000123';
const PAYEE_X = ibanDE(90_001);
const PAYEE_Y = ibanDE(90_002);
const namesake = (iban: string, extra: Partial<TxSpec> = {}): TxSpec => ({ creditorName: LISTED.name, creditorIban: iban, ...extra });
type TxBody = { decision: string; status: string; holdId?: string; hits: { entryId: string; method: string; suppressedBy?: string }[] };
const submit = async (t: TestGateway, spec: TxSpec): Promise<TxBody> => (await t.submit(pacs008([spec])).expect(200)).body.transactions[0];

describe('an exception for payee X and entry E', () => {
  let holdId: string;
  let exceptionId: string;

  beforeAll(async () => {
    ({ holdId } = await holdPayment(a, namesake(PAYEE_X)));
  });

  it('is offered from the hold, scoped to the payee’s account and the evidence judged', async () => {
    const res = await a.http.get(`/v1/holds/${holdId}/exception-candidates`).set(a.as('reviewerA')).expect(200);
    expect(res.body.candidates).toEqual([{ entryId: ENTRY, counterparties: [`iban:${PAYEE_X}`], methods: ['name'], allowed: true }]);
  });

  it('is proposed by one reviewer and does nothing until a different reviewer confirms it', async () => {
    const res = await a.http
      .post('/v1/exceptions')
      .set(a.as('reviewerA'))
      .send({ holdId, entryId: ENTRY, comment: 'long-standing supplier, same name by coincidence', days: 30 })
      .expect(202);
    exceptionId = res.body.exception.id;
    expect(res.body.exception).toMatchObject({ status: 'proposed', counterparty: `iban:${PAYEE_X}`, entryId: ENTRY, proposedBy: 'alice', days: 30 });
    expect((await submit(a, namesake(PAYEE_X))).decision).toBe('hold');

    const own = await a.http.post(`/v1/exceptions/${exceptionId}/confirm`).set(a.as('reviewerA')).send({ comment: 'me again' }).expect(409);
    expect(own.body.error.code).toBe('FOUR_EYES_SAME_REVIEWER');
    const twice = await a.http.post('/v1/exceptions').set(a.as('reviewerB')).send({ holdId, entryId: ENTRY, comment: 'same' }).expect(409);
    expect(twice.body.error.code).toBe('EXCEPTION_EXISTS');

    const confirmed = await a.http.post(`/v1/exceptions/${exceptionId}/confirm`).set(a.as('reviewerB')).send({ comment: 'checked the register' }).expect(200);
    expect(confirmed.body.exception).toMatchObject({ status: 'active', confirmedBy: 'bob' });
    const days = (Date.parse(confirmed.body.exception.expiresAt) - Date.parse(confirmed.body.exception.confirmedAt)) / 86_400_000;
    expect(days).toBe(30);
    const again = await a.http.post(`/v1/exceptions/${exceptionId}/confirm`).set(a.as('reviewerB')).send({ comment: 'again' }).expect(409);
    expect(again.body.error.code).toBe('EXCEPTION_NOT_PENDING');

    const proposed = await auditEvent(a.gw, 'exception-proposed', (e) => e.type === 'exception-proposed');
    expect(proposed).toMatchObject({ actor: 'alice', holdId, data: { exceptionId, counterparty: `iban:${PAYEE_X}`, entryId: ENTRY } });
    expect((await auditEvents(a.gw, 'exception-confirmed'))[0]).toMatchObject({ actor: 'bob', data: { exceptionId, proposedBy: 'alice' } });
  });

  it('lets later payments to X through on every instance, keeping the hit with suppressedBy, audited', async () => {
    const tx = await submit(a, namesake(PAYEE_X));
    expect(tx).toMatchObject({ decision: 'clear', status: 'ACSP' });
    expect(tx.hits).toEqual([expect.objectContaining({ entryId: ENTRY, method: 'name', suppressedBy: exceptionId })]);
    const applied = await auditEvent(a.gw, 'exception-applied', (e) => e.type === 'exception-applied');
    expect(applied.data).toMatchObject({ exceptionId, entryId: ENTRY, counterparty: `iban:${PAYEE_X}`, method: 'name', field: 'Cdtr/Nm' });

    await waitUntil(() => b.gw.exceptions.activeIds().includes(exceptionId), 5_000, 'instance b to learn of the exception');
    expect(await submit(b, namesake(PAYEE_X))).toMatchObject({ decision: 'clear', status: 'ACSP' });
    await core.waitFor(() => core.accepted.length >= 2);
  });

  it('does not cover another payee, nor new evidence against the entry', async () => {
    const other = await submit(a, namesake(PAYEE_Y));
    expect(other.decision).toBe('hold');
    expect(other.hits.every((h) => h.suppressedBy === undefined)).toBe(true);

    const domain = await submit(a, namesake(PAYEE_X, { remittance: `invoice 88 www.${LISTED.domain}` }));
    expect(domain.decision).toBe('hold');
    expect(domain.hits.find((h) => h.method === 'name')!.suppressedBy).toBe(exceptionId);
    expect(domain.hits.find((h) => h.method === 'domain')!.suppressedBy).toBeUndefined();
  });

  it('is listed, and ends when expired', async () => {
    const active = await a.http.get('/v1/exceptions?status=active').set(a.as('reviewerB')).expect(200);
    expect(active.body.exceptions.map((e: { id: string }) => e.id)).toEqual([exceptionId]);

    // The same exceptions seen 31 days later: expired, not applied, and the pair is free for a new proposal.
    const later = new ExceptionService({
      store: new ExceptionStore(a.gw.redis, a.gw.keys),
      holds: a.gw.holds,
      messages: a.gw.store,
      audit: a.gw.audit,
      announcements: redisAnnouncements(a.gw.redis, undefined, a.gw.keys).exceptions,
      now: () => new Date(Date.now() + 31 * 86_400_000),
    });
    await later.refresh();
    expect(later.activeIds()).toEqual([]);
    expect((await later.get(exceptionId)).status).toBe('expired');
    const tx = readMessage(pacs008([namesake(PAYEE_X)])).transactions[0]!;
    const hit = { entryId: ENTRY, method: 'name', role: 'creditor', field: 'Cdtr/Nm' } as Parameters<ReturnType<ExceptionService['suppressor']>>[1];
    expect(later.suppressor()(tx, hit)).toBeUndefined();
    expect(a.gw.exceptions.suppressor()(tx, hit)).toBe(exceptionId);
    const renewed = await later.propose('bob', { holdId, entryId: ENTRY, comment: 'renewal' });
    expect(renewed.status).toBe('proposed');
    await later.revoke(renewed.id, 'bob', 'not needed yet');
  });

  it('ends when revoked: payments to X are held again', async () => {
    const res = await a.http.post(`/v1/exceptions/${exceptionId}/revoke`).set(a.as('reviewerA')).send({ comment: 'supplier changed owner' }).expect(200);
    expect(res.body.exception).toMatchObject({ status: 'revoked', revokedBy: 'alice' });
    expect((await submit(a, namesake(PAYEE_X))).decision).toBe('hold');
    await waitUntil(() => !b.gw.exceptions.activeIds().includes(exceptionId), 5_000, 'instance b to drop the exception');
    expect((await submit(b, namesake(PAYEE_X))).decision).toBe('hold');
    expect((await auditEvents(a.gw, 'exception-revoked')).map((e) => e.data?.exceptionId)).toContain(exceptionId);
  });
});

describe('exceptions that cannot be made', () => {
  it('the payee’s own account listed under the entry: refused', async () => {
    const { holdId } = await holdPayment(a, { creditorName: 'Plain Name AB' });
    const res = await a.http.get(`/v1/holds/${holdId}/exception-candidates`).set(a.as('reviewerA')).expect(200);
    expect(res.body.candidates[0]).toMatchObject({ entryId: ENTRY, allowed: false, why: expect.stringContaining('own account') });
    const refused = await a.http.post('/v1/exceptions').set(a.as('reviewerA')).send({ holdId, entryId: ENTRY, comment: 'x' }).expect(422);
    expect(refused.body.error.code).toBe('EXCEPTION_NOT_ALLOWED');
  });

  it('an entry that did not hit the hold, or a counterparty not of its payee: refused', async () => {
    const { holdId } = await holdPayment(a, namesake(ibanDE(90_003)));
    const wrongEntry = await a.http.post('/v1/exceptions').set(a.as('reviewerA')).send({ holdId, entryId: 'NO-KRI-000201', comment: 'x' }).expect(400);
    expect(wrongEntry.body.error.code).toBe('REQUEST_INVALID');
    const wrongPayee = await a.http
      .post('/v1/exceptions')
      .set(a.as('reviewerA'))
      .send({ holdId, entryId: ENTRY, counterparty: `iban:${PAYEE_Y}`, comment: 'x' })
      .expect(400);
    expect(wrongPayee.body.error.path).toBe('counterparty');
    await a.http.post('/v1/exceptions').set(a.as('submitter')).send({ holdId, entryId: ENTRY, comment: 'x' }).expect(403);
  });
});
