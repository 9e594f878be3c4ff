/**
 * Scores one listed name against one payment name through the whole screener, as a payment meets a list: the listed
 * name alone on a one-entry list (no other entry changes its weights or candidates), the payment name as the
 * creditor's name. Takes the screening and watchlist modules as arguments so that the gate can score with another
 * build (dist/ of another checkout) as well as with this one.
 */
import type * as Screening from '../../src/screening';
import type * as Watchlist from '../../src/watchlist';
import type { ListedKind } from './real-name-pairs';

export type ScreeningModule = Pick<typeof Screening, 'buildScreener'>;
export type WatchlistModule = Pick<typeof Watchlist, 'parseWatchlist'>;
export type PairScorer = (listedName: string, paymentName: string, kind: ListedKind) => number;

const NOW = new Date('2026-03-01T00:00:00Z');

/**
 * A scorer: the best name score of the payment name against the listed name, 0 below the screener's report floor.
 * The last one-entry screener is kept: probes grouped by listed name build it once.
 */
export function pairScorer(screening: ScreeningModule, watchlist: WatchlistModule): PairScorer {
  let lastKey = '';
  let last: ReturnType<ScreeningModule['buildScreener']> | undefined;
  return (listedName, paymentName, kind) => {
    const key = `${kind}\t${listedName}`;
    if (last === undefined || key !== lastKey) {
      const entry = { id: 'L0', kind, names: [listedName], identifiers: [], addresses: [], source: 'gate', listedAt: '2026-01-01', expiresAt: null };
      last = screening.buildScreener(watchlist.parseWatchlist(JSON.stringify(entry), { fileName: 'pair.jsonl' }), { version: 'gate', now: NOW });
      lastKey = key;
    }
    const hits = last.screenFields([{ path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: paymentName }]);
    let best = 0;
    for (const h of hits) if (h.method === 'name' && h.score > best) best = h.score;
    return best;
  };
}
