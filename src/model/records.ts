/**
 * The records the gateway keeps in Redis, as plain data. Serialised as JSON inside Redis hashes.
 */
import type { TransactionStatus } from '../iso20022/types';
import type { HitView, MessageResult } from './result';
import type { HoldRescreen } from './rescreen';

/** Where a transaction stands now. */
export type TransactionStage =
  | 'forward-queued' // cleared (or released), waiting for the core to accept it
  | 'forwarded' // the core (or the file outbox) accepted it
  | 'dead-letter' // the core refused it for good (4xx) or retries ran out
  | 'held' // waiting for a reviewer
  | 'rejected' // RJCT sent to the hub
  | 'duplicate'; // seen before: nothing done

export interface TransactionState {
  status: TransactionStatus;
  stage: TransactionStage;
  reasonCode?: string;
  holdId?: string;
  forwardId?: string;
  updatedAt: string;
}

export interface MessageMeta {
  id: string;
  type: string;
  msgId: string;
  nbOfTxs: number;
  instructingAgent?: string;
  receivedAt: string;
  /** Name of the submitter token: who sent it. */
  submitter: string;
  watchlistVersion: string;
  policyVersion: string;
}

/** A set of transactions of one message delivered to the core as one message. */
export interface ForwardUnit {
  forwardId: string;
  messageId: string;
  txIndexes: number[];
  /** true: every transaction cleared, the original body goes out byte for byte. */
  whole: boolean;
  /** MsgId of the built message when not whole. */
  msgId?: string;
}

/** What must be enqueued for an accepted message; kept so a crash between storing and enqueueing is recoverable. */
export interface EnqueuePlan {
  forward?: ForwardUnit;
  holds: { holdId: string; deadline: number }[];
}

/** A queue job an accepted message needs, written with it in the accept's atomic step (see queues/intent-dispatcher). */
export type Intent = { kind: 'forward'; unit: ForwardUnit } | { kind: 'deadline'; holdId: string };

export type HoldState = 'pending' | 'released' | 'rejected' | 'expired' | 'escalated';

export interface Proposal {
  action: 'release' | 'reject';
  reviewer: string;
  comment: string;
  reason?: string;
  at: string;
}

export interface HoldDecision extends Proposal {
  /** The second reviewer, when four-eyes applied. */
  confirmedBy?: string;
  confirmComment?: string;
  confirmedAt?: string;
}

/** Everything a reviewer needs to decide, and what is needed to forward the transaction later. */
export interface HoldRecord {
  id: string;
  messageId: string;
  index: number;
  state: HoldState;
  createdAt: string;
  deadline: string;
  /** Highest hit score, and the method of that hit: for sorting and filtering. */
  score: number;
  method: string;
  serviceLevel?: string;
  instant: boolean;
  /** Post-hoc review item: the payment was already released (instant, name-only hit). */
  postHoc: boolean;
  message: { type: string; msgId: string; instructingAgent?: string };
  transaction: {
    endToEndId: string;
    txId?: string;
    uetr?: string;
    amount: { value: string; currency: string };
    /** The payee fields as extracted (PayeeField without the matching hints); `issuer` scopes an account number. */
    payee: { path: string; role: string; kind: string; value: string; issuer?: string; partyType?: 'organisation' | 'person'; partyRef?: string }[];
  };
  /** The hits when it was held; never changed (a list change adds a rescreen instead). */
  hits: HitView[];
  watchlistVersion: string;
  policyVersion: string;
  proposal?: Proposal;
  decision?: HoldDecision;
  claimedBy?: string;
  claimedAt?: string;
  escalated?: boolean;
  /** Re-evaluations after list changes that touched it, oldest first. */
  rescreens?: HoldRescreen[];
}

export interface StoredMessage {
  meta: MessageMeta;
  result: MessageResult;
  transactions: TransactionState[];
  forwards: Record<string, 'queued' | 'delivered' | 'dead'>;
  plan: EnqueuePlan;
  /** SHA-256 (hex) of the body as received (records written before it was kept have none). */
  digest?: string;
}

/** A reviewer-approved false-positive exception: "this payee is not that list entry". */
export type ExceptionState = 'proposed' | 'active' | 'revoked';

export interface ExceptionRecord {
  id: string;
  /** The payee it is scoped to: a key of screening/counterparty ('iban:…', 'account:…', 'proxy:…', 'name:…'). */
  counterparty: string;
  entryId: string;
  /** The kinds of evidence the reviewers judged (hit methods): only hits of these methods are suppressed. */
  methods: string[];
  state: ExceptionState;
  /** The hold it was raised from. */
  holdId: string;
  proposedBy: string;
  proposedAt: string;
  comment: string;
  /** Validity from confirmation, in days. */
  days: number;
  confirmedBy?: string;
  confirmedAt?: string;
  confirmComment?: string;
  /** Set at confirmation: confirmedAt + days. */
  expiresAt?: string;
  revokedBy?: string;
  revokedAt?: string;
  revokeComment?: string;
}

/** The (payee, list entry) pair an exception is about, as one string (also built by the store's scripts). */
export const pairOf = (counterparty: string, entryId: string): string => `${counterparty}|${entryId}`;

/** The active watchlist, as every gateway instance on one Redis shares it (and as announced when it changes). */
export interface ActiveWatchlist {
  version: string;
  file: string;
  entries: number;
  /** config: WATCHLIST read at a start; refresh: the sources read again on schedule; api: PUT /v1/watchlist or import. */
  origin: 'config' | 'refresh' | 'api';
  /** Version the configured sources (WATCHLIST) gave when this list became active. */
  configuredVersion: string;
  /** Which WATCHLIST configuration it came from (its sources, in order): another configuration does not take it over. */
  sources?: string;
  /** The version it replaced. */
  previous?: string;
  loadedAt: string;
}
