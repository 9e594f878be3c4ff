/**
 * The reviewers' queue as data: which holds a page shows (view, sort, order, cursor, filters) and the small facets
 * of a hold that filters are judged on, so a store can filter thousands of holds without reading their bodies.
 */
import type { HoldRecord } from './records';

/**
 * What the queue filters on, small enough to read for thousands of holds per request: a filtered page reads these
 * (and the mutable fields) first and parses the full body only of the holds that match.
 */
export interface HoldFacets {
  methods: string[];
  entries: string[];
  score: number;
  serviceLevel?: string;
  postHoc: boolean;
}

export function facetsOf(h: Pick<HoldRecord, 'hits' | 'score' | 'serviceLevel' | 'postHoc'>): HoldFacets {
  return {
    methods: [...new Set(h.hits.map((x) => x.method))],
    entries: [...new Set(h.hits.map((x) => x.entryId))],
    score: h.score,
    ...(h.serviceLevel ? { serviceLevel: h.serviceLevel } : {}),
    postHoc: h.postHoc,
  };
}

export type HoldSort = 'created' | 'deadline' | 'score';

/** Queue filters (GET /v1/holds), as data: evaluated on each hold's facets, before its body is read. */
export interface HoldFilter {
  method?: string;
  minScore?: number;
  entryId?: string;
  serviceLevel?: string;
  kind?: 'hold' | 'post-hoc';
  escalated?: boolean;
  /** Claimed by `by` ('me'), by nobody, or by someone other than `by`. */
  claimed?: { is: 'me' | 'none' | 'other'; by: string };
}

/** The facets and mutable fields of one hold, as a filter sees them. */
export interface FilterView extends HoldFacets {
  claimedBy?: string;
  escalated: boolean;
}

export function matchesFilter(f: HoldFilter, h: FilterView): boolean {
  return (
    (f.method === undefined || h.methods.includes(f.method)) &&
    (f.minScore === undefined || h.score >= f.minScore) &&
    (f.entryId === undefined || h.entries.includes(f.entryId)) &&
    (f.serviceLevel === undefined || h.serviceLevel === f.serviceLevel) &&
    (f.kind === undefined || (f.kind === 'post-hoc') === h.postHoc) &&
    (f.escalated === undefined || f.escalated === h.escalated) &&
    (f.claimed === undefined ||
      (f.claimed.is === 'me' ? h.claimedBy === f.claimed.by : f.claimed.is === 'none' ? !h.claimedBy : !!h.claimedBy && h.claimedBy !== f.claimed.by))
  );
}

export interface HoldQuery {
  /** open: pending or escalated; decided: everything decided, newest first. */
  view: 'open' | 'decided';
  sort: HoldSort;
  order: 'asc' | 'desc';
  /** `next` of the previous page ("<score>~<hold id>"). */
  cursor?: string;
  limit: number;
  filter?: HoldFilter;
}
