/**
 * Scores one listed name against one payment name through the whole screener, as a payment meets a list: the listed
 * name alone on a one-entry list (no other entry changes its weights or candidates), or for the gate's dense frame
 * beside other listed names, the payment name as the creditor's name. Takes the screening and watchlist modules as arguments so that the gate can score with another
 * build (dist/ of another checkout) as well as with this one.
 */
import type * as Screening from '../../src/screening';
import type * as Watchlist from '../../src/watchlist';
import type { ListedKind } from './real-name-pairs';

export type ScreeningModule = Pick<typeof Screening, 'buildScreener'>;
export type WatchlistModule = Pick<typeof Watchlist, 'parseWatchlist'>;
export type PairScorer = (listedName: string, paymentName: string, kind: ListedKind) => number;

const NOW = new Date('2026-03-01T00:00:00Z');

/** No other name: the one-entry list. */
const ALONE: readonly { kind: ListedKind; name: string }[] = [];

/**
 * A scorer: the best name score of the payment name against the listed name, 0 below the screener's report floor.
 * The last one-entry screener is kept: probes grouped by listed name build it once.
 */
export function pairScorer(screening: ScreeningModule, watchlist: WatchlistModule): PairScorer {
  const score = denseScorer(screening, watchlist);
  return (listedName, paymentName, kind) => score(listedName, kind, ALONE, paymentName);
}

/** Scores payments against a listed name among other names (`others`): that name's best score, 0 below the floor. */
export type DenseScorer = (listedName: string, kind: ListedKind, others: readonly { kind: ListedKind; name: string }[], paymentName: string) => number;

/**
 * A scorer for the dense frame (real-name-dense.ts), and with no others for the one-entry frame: the listed name listed
 * as L0 with `others` after it, the payment name as the creditor's name, L0's best name score. The last screener is
 * kept for the next call with the same list (probes grouped by listed name build it once).
 */
export function denseScorer(screening: ScreeningModule, watchlist: WatchlistModule): DenseScorer {
  let lastListed = '';
  let lastOthers: readonly unknown[] | undefined;
  let last: ReturnType<ScreeningModule['buildScreener']> | undefined;
  return (listedName, kind, others, paymentName) => {
    const key = `${kind}\t${listedName}`;
    if (last === undefined || key !== lastListed || others !== lastOthers) {
      const entry = (id: string, k: ListedKind, name: string): string =>
        JSON.stringify({ id, kind: k, names: [name], identifiers: [], addresses: [], source: 'gate', listedAt: '2026-01-01', expiresAt: null });
      const text = [entry('L0', kind, listedName), ...others.map((o, i) => entry(`O${i}`, o.kind, o.name))].join('\n');
      last = screening.buildScreener(watchlist.parseWatchlist(text, { fileName: 'gate.jsonl' }), { version: 'gate', now: NOW });
      lastListed = key;
      lastOthers = others;
    }
    const hits = last.screenFields([{ path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: paymentName }]);
    let best = 0;
    for (const h of hits) if (h.entryId === 'L0' && h.method === 'name' && h.score > best) best = h.score;
    return best;
  };
}
