/** Cleared payments go to BullMQ in groups: consecutive units, at most 256 to a group and 1,000 transactions. */
import { FORWARD_GROUP, forwardGroups, unitsOf } from '../../../src/queues/queues';
import type { ForwardUnit } from '../../../src/model/records';

const unit = (n: number, transactions = 1): ForwardUnit => ({
  forwardId: `m${n}-f`,
  messageId: `m${n}`,
  txIndexes: Array.from({ length: transactions }, (_, i) => i),
  whole: true,
});

it('keeps the units in order, at most maxUnits to a group', () => {
  const units = Array.from({ length: 2 * FORWARD_GROUP.maxUnits + 22 }, (_, i) => unit(i));
  const groups = forwardGroups(units);
  expect(groups.map((g) => g.length)).toEqual([FORWARD_GROUP.maxUnits, FORWARD_GROUP.maxUnits, 22]);
  expect(groups.flat()).toEqual(units);
});

it('closes a group before it would pass maxTransactions; a larger unit goes alone', () => {
  const groups = forwardGroups([unit(1, 600), unit(2, 300), unit(3, 200), unit(4, 5000), unit(5, 1)]);
  expect(groups.map((g) => g.map((u) => u.messageId))).toEqual([['m1', 'm2'], ['m3'], ['m4'], ['m5']]);
});

it('reads the units of a group job, and of a job queued before groups (one bare unit)', () => {
  expect(unitsOf({ units: [unit(1), unit(2)] }).map((u) => u.messageId)).toEqual(['m1', 'm2']);
  expect(unitsOf(unit(3))).toEqual([unit(3)]);
});
