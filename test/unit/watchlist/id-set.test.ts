import { IdSet } from '../../../src/watchlist/id-set';

describe('IdSet', () => {
  test('says whether an id was added before', () => {
    const ids = new IdSet();
    for (let i = 0; i < 5000; i++) expect(ids.add(`ID-${i}`)).toBe(true);
    expect(ids.add('ID-42')).toBe(false);
    expect(ids.add('ID-4999')).toBe(false);
    expect(ids.add('ID-5000')).toBe(true);
    expect(ids.add('id-42')).toBe(true);
  });
});
