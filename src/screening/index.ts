/**
 * The screening engine's public API. Pure and synchronous: no fs, no process.env (node:crypto and node:url are
 * computation). See docs/screening.md.
 */
export { buildScreener, ScreenerBuilder, ListScreener, DEFAULT_NAME_FLOOR } from './screener';
export type { ScreenerOptions } from './screener';
export { screenTransaction } from './transaction';
export type { ScreeningContext } from './transaction';
export { DEFAULT_POLICY, decide, nameHoldThreshold, rulesFor } from './policy';
export { canonicalIdentifier } from './identifiers/canonical';
export { hmacIdentifier } from './identifiers/hmac';
export { counterpartyKeys } from './counterparty';
export { normaliseName, normaliseText, normaliseKey } from './text/normalise';
export { NAME_ALGORITHM } from './names/name-score';
export { IDENTIFIER_ALGORITHM } from './identifiers/identifier-matcher';
export type * from './types';
