/**
 * What rescreening after a list change leaves behind: a note on each open hold that the change touched (its entries
 * delisted or changed, its hits against the new version), and post-hoc review items for payments that cleared
 * before an entry they hit was listed.
 */
import type { HitView } from './result';

/** A hold re-evaluated against a new list version. The hold's original hits stay as they were. */
export interface HoldRescreen {
  /** The version it was re-evaluated against, and the one before. */
  version: string;
  previous: string;
  at: string;
  /** Entries of its original hits that this version removed. */
  delisted: string[];
  /** Entries of its original hits that this version changed. */
  changed: string[];
  /** Entries this version added or changed that the payee hits now and did not before. */
  added: string[];
  /** Every original hit was delisted and nothing hits now: reviewers see it (a release still needs four eyes). */
  allDelisted: boolean;
  /** The payee's hits against this version (suppressed ones marked). */
  hits: HitView[];
}

/**
 * What is kept of a cleared payment for rescreening, for as long as RESCREEN_LOOKBACK: the payee fields that were
 * screened and the ids a bank needs to recall or report it. Stored sealed.
 */
export interface ClearedPayment {
  messageId: string;
  index: number;
  msgId: string;
  /** MsgId of the message the core got, when it was built of some of the transactions (else the original's). */
  forwardMsgId?: string;
  endToEndId: string;
  txId?: string;
  uetr?: string;
  /** Forward unit id: the Idempotency-Key the core got it under. */
  forwardId: string;
  clearedAt: string;
  instant: boolean;
  payee: { path: string; role: string; kind: string; value: string; issuer?: string; partyType?: 'organisation' | 'person'; partyRef?: string }[];
}

export type PostHocOutcome = 'recalled' | 'reported' | 'no-action';

/** A payment that cleared before an entry it hits was listed: the bank may recall or report it. */
export interface PostHocItem {
  id: string;
  state: 'open' | 'closed';
  openedAt: string;
  /** The list version whose added or changed entries it hits. */
  version: string;
  why: string;
  /** The original forward's ids (the forward id as the Idempotency-Key the core got) and the payee fields screened. */
  payment: Omit<ClearedPayment, 'forwardId' | 'instant'> & {
    idempotencyKey: string;
    /** When the core took it; null while it waits to be forwarded (or if its record expired). */
    forwardedAt: string | null;
  };
  hits: HitView[];
  closed?: { by: string; at: string; outcome: PostHocOutcome; comment: string };
}
