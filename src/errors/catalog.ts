/**
 * The one catalog of error codes. Every error the gateway reports — over HTTP, in a status report,
 * on the command line — is one of these. A code maps to exactly one HTTP status, an ISO 20022
 * status reason (ExternalStatusReason1Code) used when a status report can be built, and whether a
 * client may retry the same request unchanged.
 *
 * Pure: imported by iso20022/ and screening/ as well as by the edges.
 */
export interface ErrorDefinition {
  readonly httpStatus: number;
  /** ExternalStatusReason1Code used in a RJCT status report; undefined where no report applies. */
  readonly isoReason?: string;
  readonly retryable: boolean;
  /** A short, fixed description; the instance message adds the specifics. */
  readonly title: string;
}

export const ERROR_CATALOG = {
  // --- input: transport level -----------------------------------------------------------------
  XML_MALFORMED: { httpStatus: 400, isoReason: 'FF01', retryable: false, title: 'The body is not well-formed XML' },
  BODY_MISSING: { httpStatus: 400, retryable: false, title: 'The request has no body' },
  JSON_MALFORMED: { httpStatus: 400, retryable: false, title: 'The body is not valid JSON' },
  REQUEST_INVALID: { httpStatus: 400, retryable: false, title: 'The request is invalid' },
  PAYLOAD_TOO_LARGE: { httpStatus: 413, retryable: false, title: 'The body exceeds the size limit' },
  XML_LIMIT_EXCEEDED: { httpStatus: 413, retryable: false, title: 'The XML has more elements or deeper nesting than accepted' },
  MEDIA_TYPE_UNSUPPORTED: { httpStatus: 415, retryable: false, title: 'The media type is not accepted here' },

  // --- input: ISO 20022 level ------------------------------------------------------------------
  MESSAGE_NOT_ISO20022: { httpStatus: 422, isoReason: 'FF01', retryable: false, title: 'No ISO 20022 Document was found' },
  MESSAGE_UNSUPPORTED: { httpStatus: 422, isoReason: 'FF01', retryable: false, title: 'The message type is not screened by this gateway' },
  MESSAGE_INVALID: { httpStatus: 422, isoReason: 'FF01', retryable: false, title: 'The message does not conform to its schema' },
  HEADER_INVALID: { httpStatus: 422, isoReason: 'FF01', retryable: false, title: 'The Business Application Header is invalid' },
  /** A second Document or AppHdr: only the first would be screened, yet a cleared body is forwarded whole. */
  MESSAGE_AMBIGUOUS: { httpStatus: 422, isoReason: 'FF01', retryable: false, title: 'The body holds more than one Document or more than one AppHdr' },
  /** Elements, text or attributes outside the AppHdr and the Document (other than the wrappers around them). */
  MESSAGE_EXTRA_CONTENT: { httpStatus: 422, isoReason: 'FF01', retryable: false, title: 'The body holds content outside the AppHdr and the Document' },
  HEADER_MISMATCH: { httpStatus: 422, isoReason: 'FF01', retryable: false, title: 'The Business Application Header does not match the Document' },
  NB_OF_TXS_MISMATCH: { httpStatus: 422, isoReason: 'AM18', retryable: false, title: 'NbOfTxs does not match the transactions present' },
  CTRL_SUM_MISMATCH: { httpStatus: 422, isoReason: 'AM10', retryable: false, title: 'CtrlSum does not match the sum of the amounts' },
  TOTAL_AMOUNT_MISMATCH: {
    httpStatus: 422,
    isoReason: 'AM10',
    retryable: false,
    title: 'The total interbank settlement amount does not match the transactions',
  },
  DUPLICATE_MESSAGE: { httpStatus: 409, isoReason: 'DUPL', retryable: false, title: 'This message was received before' },
  DUPLICATE_TRANSACTION: { httpStatus: 409, isoReason: 'DUPL', retryable: false, title: 'A transaction of this message was received before' },

  // --- access ----------------------------------------------------------------------------------
  AUTH_REQUIRED: { httpStatus: 401, retryable: false, title: 'A valid bearer token is required' },
  FORBIDDEN: { httpStatus: 403, retryable: false, title: 'This token may not do this' },

  // --- resources -------------------------------------------------------------------------------
  NOT_FOUND: { httpStatus: 404, retryable: false, title: 'No such resource' },
  MESSAGE_ID_AMBIGUOUS: { httpStatus: 409, retryable: false, title: 'Several messages carry this MsgId; use the gateway id' },
  HOLD_NOT_PENDING: { httpStatus: 409, retryable: false, title: 'The hold has already been decided' },
  POST_HOC_CLOSED: { httpStatus: 409, retryable: false, title: 'The post-hoc item has already been closed' },
  HOLD_CLAIMED: { httpStatus: 409, retryable: false, title: 'Another reviewer has claimed this hold' },
  FOUR_EYES_SAME_REVIEWER: { httpStatus: 409, retryable: false, title: 'A proposal must be confirmed by a different reviewer' },
  FOUR_EYES_CONFLICT: { httpStatus: 409, retryable: false, title: 'The decision contradicts the pending proposal' },
  REASON_UNKNOWN: { httpStatus: 400, retryable: false, title: 'The reason code is not in the code list' },
  EXCEPTION_EXISTS: { httpStatus: 409, retryable: false, title: 'An exception for this counterparty and list entry is already proposed or active' },
  EXCEPTION_NOT_PENDING: { httpStatus: 409, retryable: false, title: 'The exception is not awaiting this step' },
  EXCEPTION_NOT_ALLOWED: { httpStatus: 422, retryable: false, title: 'No exception can be scoped to this hit' },

  // --- watchlist -------------------------------------------------------------------------------
  WATCHLIST_INVALID: { httpStatus: 422, retryable: false, title: 'The watchlist is invalid' },
  WATCHLIST_UNREADABLE: { httpStatus: 500, retryable: false, title: 'The watchlist file cannot be read' },

  // --- stored records ----------------------------------------------------------------------------
  /** A sealed record (an original message, a hold) names a key that is not configured (store/sealed-payload). */
  RECORD_KEY_UNKNOWN: { httpStatus: 500, retryable: false, title: 'A stored record is sealed under a key that is not configured' },
  /** A sealed record does not open: changed, truncated or moved from another record. */
  RECORD_UNREADABLE: { httpStatus: 500, retryable: false, title: 'A stored record failed its integrity check' },

  // --- configuration ---------------------------------------------------------------------------
  CONFIG_INVALID: { httpStatus: 500, retryable: false, title: 'The configuration is invalid' },

  // --- dependencies ----------------------------------------------------------------------------
  NOT_READY: { httpStatus: 503, retryable: true, title: 'The gateway is not ready' },
  STORE_UNAVAILABLE: { httpStatus: 503, retryable: true, title: 'The durable store (Redis) is unavailable; nothing was accepted' },
  /** A write (the accept of a message, a decision) was sent to Redis and not confirmed: it may have been done. The
   * hub resends the identical message, which gets the stored outcome as a replay, or is accepted now if it never was. */
  STORE_OUTCOME_UNKNOWN: {
    httpStatus: 504,
    retryable: true,
    title: 'The durable store did not confirm the write; its outcome is unknown: send the identical request again',
  },
  OVERLOADED: { httpStatus: 503, retryable: true, title: 'The gateway is at capacity; retry later' },
  INTERNAL: { httpStatus: 500, retryable: true, title: 'Internal error' },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export function errorDefinition(code: ErrorCode): ErrorDefinition {
  return ERROR_CATALOG[code];
}
