import { implausibility } from '../../../src/watchlist/plausibility';

const limits = { maxRemovedPercent: 10, maxSkippedPercent: 5 };

describe('plausibility of a refreshed source', () => {
  it.each([
    [{ entries: 100, skipped: 0, removed: 10, previousEntries: 100 }, undefined],
    [{ entries: 89, skipped: 0, removed: 11, previousEntries: 100 }, /would remove 11 of 100 entries at once \(11\.0 %, more than 10 %\)/],
    [{ entries: 0, skipped: 0, removed: 100, previousEntries: 100 }, /shrank to nothing \(it had 100 entries\)/],
    [{ entries: 0, skipped: 0 }, /gave no entries/],
    [{ entries: 94, skipped: 6, removed: 0, previousEntries: 94 }, /6 of 100 records could not be read \(6\.0 %, more than 5 %\): has the format changed\?/],
    [{ entries: 95, skipped: 5 }, undefined],
    // The first reading of a source has nothing to compare with: only emptiness and unreadable records count.
    [{ entries: 3, skipped: 0 }, undefined],
  ])('%j', (reading, expected) => {
    const r = implausibility(reading, limits);
    if (expected === undefined) expect(r).toBeUndefined();
    else expect(r).toMatch(expected);
  });
});
