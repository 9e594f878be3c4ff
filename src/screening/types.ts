/**
 * The screening model: list entries (the native format, docs/screening.md), hits with their explanation, the decision policy.
 * Pure data. This file is the contract between screening/ and its users: extend it, do not break it.
 */
import type { PayeeField, PayeeRole } from '../iso20022/types';

export type IdentifierType = 'iban' | 'account' | 'bic' | 'proxy' | 'domain' | 'url' | 'email' | 'phone' | 'lei' | 'crypto';

export interface ListIdentifier {
  readonly type: IdentifierType;
  /** Plain value, canonicalised at index time. Exactly one of value / hmac is set. */
  readonly value?: string;
  /** Keyed-hash mode: hex HMAC-SHA256 of the canonical value (see screening/identifiers canonical forms). */
  readonly hmac?: string;
  /** For account: the BIC / clearing code of the account servicer. */
  readonly issuer?: string;
}

export interface ListAddress {
  readonly country?: string;
  readonly lines?: readonly string[];
}

export type EntryKind = 'organisation' | 'person' | 'merchant';

export interface WatchlistEntry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly names: readonly string[];
  readonly identifiers: readonly ListIdentifier[];
  readonly addresses?: readonly ListAddress[];
  readonly source?: string;
  readonly verifiedBy?: string;
  readonly listedAt?: string;
  /** When the publisher last changed the entry (provenance for reviewers and list diffs; not used for matching). */
  readonly updatedAt?: string;
  readonly expiresAt?: string | null;
}

/** 'proxy' covers listed phone numbers too; 'domain' covers listed URLs; 'lei' and 'crypto' for those identifier types. */
export type MatchMethod = 'iban' | 'bic' | 'account' | 'proxy' | 'email' | 'domain' | 'name' | 'lei' | 'crypto';

/** One feature that contributed to a score, e.g. { feature: 'token_jaro_winkler', value: 0.94, detail: 'nordic~nordik' }. */
export interface ScoreFeature {
  readonly feature: string;
  readonly value: number;
  readonly detail?: string;
}

export interface Hit {
  readonly entryId: string;
  /** In [0, 1]; identifier matches are 1. */
  readonly score: number;
  /** Path of the payee field relative to the transaction, e.g. 'Cdtr/Nm', as the JSON result shows it. */
  readonly field: string;
  readonly role: PayeeRole;
  /** The payment's value that matched (as in the message, or the extracted part of it: a domain inside text). */
  readonly value: string;
  /** The list's name or identifier it matched (in keyed-hash mode: the identifier type and 'hmac:<first 12 hex>'). */
  readonly matched: string;
  readonly method: MatchMethod;
  /** Name-matching algorithm id and version, e.g. 'name-v1'; identifiers: 'identifier-v1'. */
  readonly algorithm: string;
  readonly explanation: readonly ScoreFeature[];
  /** Set when a reviewer-approved exception suppressed this hit (it is then not counted for the decision). */
  readonly suppressedBy?: string;
  /** The listed entry's source (list), for per-source thresholds. */
  readonly source?: string;
  /** The listed entry's kind. */
  readonly entryKind?: EntryKind;
}

export type Decision = 'clear' | 'hold' | 'reject';

/** Thresholds and rules as data: the core never reads scoring knobs from the environment; they are passed in. */
export interface DecisionPolicy {
  /** Identifies this policy in every decision record. */
  readonly version: string;
  /** Minimum score for a name hit to be reported at all. */
  readonly nameReportThreshold: number;
  /** Minimum score for a name hit to hold the payment. */
  readonly nameHoldThreshold: number;
  /** Optional per-list-source overrides of the name hold threshold (the older form of `sources.<name>.nameHoldThreshold`). */
  readonly nameHoldThresholdBySource?: Readonly<Record<string, number>>;
  /**
   * Per list source (an entry's `source`): rules that differ from the ones above, e.g. a coalition list verified by
   * test purchases rejects on a name hit while a broad sanctions list only holds. What is not given falls back.
   */
  readonly sources?: Readonly<Record<string, SourceRules>>;
  /** What an identifier hit does on a normal (non-instant) payment. */
  readonly onIdentifierHit: Decision;
  /** What a name-only hit at/above the hold threshold does on a normal payment. */
  readonly onNameHit: Decision;
  /** Instant payments: no human hold is possible. */
  readonly instant: {
    readonly onIdentifierHit: 'reject';
    /** 'reject', or 'release' (forward now and open a post-hoc review item). */
    readonly onNameHit: 'reject' | 'release';
  };
}

/** The decision rules of one list source; unset fields fall back to the policy's own. */
export interface SourceRules {
  readonly nameReportThreshold?: number;
  readonly nameHoldThreshold?: number;
  readonly onIdentifierHit?: Decision;
  readonly onNameHit?: Decision;
}

export interface TransactionScreening {
  readonly index: number;
  readonly hits: readonly Hit[];
  readonly decision: Decision;
  /** Why this decision, in words a reviewer reads (no personal data), e.g. 'iban hit on SE-POL-000123'. */
  readonly reason?: string;
  /** Instant payment released on a name-only hit: a post-hoc review item must be opened. */
  readonly postHocReview?: boolean;
  /**
   * The ISO 20022 status reason a reject must be reported with when it is a fault of the payment's own data (AC03: the
   * creditor IBAN is not valid); otherwise the gateway's configured reject reason applies.
   */
  readonly reasonCode?: string;
  /** The list version and the policy (version and thresholds) this decision was taken with. */
  readonly listVersion?: string;
  readonly policyVersion?: string;
  readonly thresholds?: { readonly nameReport: number; readonly nameHold: number };
}

/** The screening contract: fields in, hits out. Implementations are pure and synchronous. */
export interface Screener {
  readonly listVersion: string;
  readonly entryCount: number;
  screenFields(fields: readonly PayeeField[]): Hit[];
}
