/**
 * The ISO 20022 model of chokepoint: pure functions, plain data in and out (structured-clone friendly, so large
 * batches can be read in a worker thread). See docs/iso20022.md.
 */
export { readMessage, identifyMessage, type ReadOptions } from './read';
export type { XmlLimits } from './xml/parser';
export { buildStatusReport, buildRejectionReport, type StatusReportOptions } from './write/status-report';
export { buildForwardMessage, buildForwardFromRaw } from './write/forward';
export { identifyNamespace, statusReportFor, isScreenedFamily, SCREENED_FAMILIES, definedMessages } from './registry';
export type * from './types';
export { debtorFields, maskDebtor, type DebtorField } from './debtor-mask';
