/**
 * A listed name met again among one payment name's candidates (the same name listed twice, namesakes) is scored once
 * (NameIndex.scoresAlike): each listing still gets its hit, with the same score and explanation, and a listing the
 * scorer reads otherwise — another kind, the family name marked by a comma, a legal form — is scored on its own.
 * The name search's counters say how many were taken from an earlier one. All names invented.
 */
import { buildScreener } from '../../../src/screening';
import type { WatchlistEntry } from '../../../src/screening/types';
import { field } from './sample-list';

const person = (id: string, name: string): WatchlistEntry => ({ id, kind: 'person', names: [name], identifiers: [] });
const organisation = (id: string, name: string): WatchlistEntry => ({ id, kind: 'organisation', names: [name], identifiers: [] });

describe('candidates whose listed names score alike', () => {
  const s = buildScreener(
    [
      person('p1', 'Tanvel Korimaso'),
      person('p2', 'Tanvel Korimaso'),
      person('p3', 'KORIMASO, Tanvel'),
      organisation('o1', 'Tanvel Korimaso'),
      organisation('o2', 'Tanvel Korimaso Ltd'),
      person('x1', 'Welmira Sodunbri'),
    ],
    { version: 'v', now: new Date('2026-01-01T00:00:00Z') },
  );

  it('gives every listing its hit, the same name scored once', () => {
    s.searchCounters.reset();
    const hits = s.screenFields([field('name', 'Tanvel Korimaso')]);
    const by = new Map(hits.map((h) => [h.entryId, h]));
    expect([...by.keys()].sort()).toEqual(['o1', 'o2', 'p1', 'p2', 'p3']);
    expect(by.get('p2')!.score).toBe(by.get('p1')!.score);
    expect(by.get('p2')!.explanation).toEqual(by.get('p1')!.explanation);
    expect(by.get('p2')!.matched).toBe('Tanvel Korimaso');
    // p2 after p1; o1, o2 (another kind, another legal form) and p3 (family name marked) scored on their own.
    expect(s.searchCounters.alike).toBe(1);
    expect(s.searchCounters.candidates).toBe(5);
  });

  it('reads a comma-marked family name as its own listed name', () => {
    s.searchCounters.reset();
    const hits = s.screenFields([field('name', 'Korimaso Tanvel')]);
    expect(hits.map((h) => h.entryId).sort()).toEqual(expect.arrayContaining(['p1', 'p2', 'p3']));
    expect(s.searchCounters.alike).toBe(1);
  });
});
