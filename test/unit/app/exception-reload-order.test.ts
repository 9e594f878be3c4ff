/**
 * Reloads of the active-exception index overlap (an announcement, the timer, the change made on this instance) and
 * their reads of the store finish in any order. A reload that started before a confirmation or a revocation must not
 * replace the index of the reload started after it: before, the confirming instance answered 200 and still held the
 * next payment (or went on applying a revoked exception) until the next reload, up to 30 s later.
 */
import { ExceptionService, type ExceptionDeps } from '../../../src/app/exception-service';
import type { ExceptionRecord } from '../../../src/model/records';

const FAR = '2099-01-01T00:00:00.000Z';
const record = (state: 'active' | 'revoked'): ExceptionRecord =>
  ({ id: 'x1', state, counterparty: 'iban:DE00', entryId: 'E-1', methods: ['name'], expiresAt: FAR }) as unknown as ExceptionRecord;

/** A service whose store answers each read with a promise the test settles, in the order it chooses. */
function withControlledReads() {
  const reads: ((records: ExceptionRecord[]) => void)[] = [];
  const service = new ExceptionService({
    store: { all: () => new Promise<ExceptionRecord[]>((resolve) => reads.push(resolve)) },
    now: () => new Date('2026-12-07T00:00:00.000Z'),
  } as unknown as ExceptionDeps);
  return { service, reads };
}

it('a reload that read the store before a confirmation does not undo the reload made after it', async () => {
  const { service, reads } = withControlledReads();
  const stale = service.refresh(); // e.g. an announcement of an earlier change, reading before the confirmation
  const fresh = service.refresh(); // the confirmation's own reload
  reads[1]!([record('active')]);
  await fresh;
  expect(service.activeIds()).toEqual(['x1']);
  reads[0]!([]);
  await stale;
  expect(service.activeIds()).toEqual(['x1']);
});

it('a reload that read the store before a revocation does not bring the exception back', async () => {
  const { service, reads } = withControlledReads();
  const stale = service.refresh();
  const fresh = service.refresh();
  reads[1]!([record('revoked')]);
  await fresh;
  reads[0]!([record('active')]);
  await stale;
  expect(service.activeIds()).toEqual([]);
});

it('reloads that finish in the order they started each put their index in force', async () => {
  const { service, reads } = withControlledReads();
  const first = service.refresh();
  const second = service.refresh();
  reads[0]!([record('active')]);
  await first;
  expect(service.activeIds()).toEqual(['x1']);
  reads[1]!([record('revoked')]);
  await second;
  expect(service.activeIds()).toEqual([]);
});
