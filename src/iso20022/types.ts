/**
 * The ISO 20022 model the rest of the gateway sees. Pure data: no I/O, no express, no Redis.
 *
 * This file is the contract between iso20022/ and its users (application use cases, CLI, bench):
 * extend it, do not break it.
 */

/** business area . functionality . variant . version, e.g. pacs.008.001.08 (prowide's MxId). */
export interface MessageId {
  readonly area: string; // 'pacs'
  readonly functionality: string; // '008'
  readonly variant: string; // '001'
  readonly version: string; // '08'
  /** 'pacs.008.001.08' */
  readonly name: string;
  /** 'pacs.008' */
  readonly family: string;
  /** The namespace as found in the message (national variants keep their own namespace here). */
  readonly namespace: string;
  /**
   * For a national variant read as its base version: the variant's own name, e.g. 'pain.001.001.03.ch.02'
   * (Swiss SIX) or 'pain.001.003.03' (German DK). The other fields then describe the base version.
   */
  readonly nationalVariant?: string;
}

/** The families chokepoint screens. */
export type ScreenedFamily = 'pacs.008' | 'pacs.009' | 'pain.001';

/** head.001 Business Application Header, what the gateway uses of it. */
export interface AppHeader {
  readonly id: MessageId; // head.001.001.0x
  readonly fromBic?: string;
  readonly toBic?: string;
  readonly bizMsgIdr: string;
  readonly msgDefIdr: string;
  readonly bizSvc?: string;
  readonly creDt?: string;
  /** PssblDplct = true: the sender is not sure the message was not sent before. */
  readonly possibleDuplicate: boolean;
  /** CpyDplct: CODU (copy), COPY, DUPL — a copy must never be executed again. */
  readonly copyDuplicate?: 'CODU' | 'COPY' | 'DUPL';
  /** The Fr and To parties as received (namespace-free element trees), so a report can swap them exactly. */
  readonly fromParty?: XmlFragment;
  readonly toParty?: XmlFragment;
}

/** A namespace-free copy of an element tree (plain data, structured-clone friendly). */
export interface XmlFragment {
  readonly name: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly children?: readonly XmlFragment[];
}

export interface GroupHeader {
  readonly msgId: string;
  readonly creDtTm: string;
  readonly nbOfTxs: number;
  /** As written in the message (decimal string), when present. */
  readonly ctrlSum?: string;
  /** TtlIntrBkSttlmAmt, when present. */
  readonly totalInterbankSettlementAmount?: Amount;
  /** BIC (or other identification) of the instructing agent: GrpHdr/InstgAgt, else the AppHdr sender. */
  readonly instructingAgent?: string;
  readonly instructedAgent?: string;
}

export interface Amount {
  /** Decimal string exactly as in the message, e.g. "149.00". Never a float. */
  readonly value: string;
  readonly currency: string;
}

/** The role a payee-side field plays in the transaction. Debtor-side roles do not exist here on purpose. */
export type PayeeRole =
  | 'creditor'
  | 'ultimateCreditor'
  | 'creditorAccount'
  | 'creditorAgent'
  | 'creditorAgentAccount'
  | 'intermediaryAgent'
  | 'remittance'
  /** pacs.009 COV: the underlying customer credit transfer's creditor side. */
  | 'underlyingCreditor'
  | 'underlyingUltimateCreditor'
  | 'underlyingCreditorAccount'
  | 'underlyingCreditorAgent'
  | 'underlyingIntermediaryAgent'
  | 'underlyingRemittance'
  /** Any other content of the transaction (ids, purpose, instructions for agents, regulatory reporting, tax, …). */
  | 'transaction'
  /** Extension content (SplmtryData, xs:any) of the transaction or the message. */
  | 'supplementaryData'
  /** Content of the message around the transactions (group header, PmtInf block, AppHdr, wrapper, comments): it is
   *  forwarded with every transaction, so it is screened with each. */
  | 'message';

/**
 * What kind of value a field holds; screening picks its matchers by it.
 * - name: a party or agent name (Nm)
 * - address: one address line or structured address element (StrtNm, TwnNm, AdrLine …); may carry a name continuation,
 *   a domain or an e-mail
 * - text: free text (remittance Ustrd, Strd/AddtlRmtInf, Strd/CdtrRefInf/Ref) — may carry URLs, domains, e-mails, IBANs
 * - iban, bic, account (Othr/Id, with issuer), proxy (Prxy/Id, with proxy type), email (ContactDetails/EmailAdr),
 *   lei, clearingMemberId (ClrSysMmbId/MmbId), orgId / privateId (Othr/Id in party identification)
 * - label: a short free-text label (Max35Text) beside an identification or a code — a scheme name (SchmeNm/Prtry), an
 *   issuer (Issr), a proprietary purpose or proxy type — which may carry a name, an identifier or text
 * - country: ISO 3166 code (context only, never matched alone)
 */
export type PayeeValueKind =
  | 'name'
  | 'address'
  | 'text'
  | 'iban'
  | 'bic'
  | 'account'
  | 'proxy'
  | 'email'
  | 'phone'
  | 'url'
  | 'lei'
  | 'clearingMemberId'
  | 'orgId'
  | 'privateId'
  | 'label'
  | 'country';

export interface PayeeField {
  /** Path relative to the transaction element, e.g. 'Cdtr/Nm', 'CdtrAcct/Id/IBAN', 'RmtInf/Ustrd[2]' (1-based index only when repeated). */
  readonly path: string;
  readonly role: PayeeRole;
  readonly kind: PayeeValueKind;
  /** Text content exactly as in the message (entities decoded, whitespace untouched). */
  readonly value: string;
  /** For account: Othr/Issr, or the BIC of the servicing agent; for proxy: the proxy type code (Tp/Cd) when given. */
  readonly issuer?: string;
  /** For names: whether the party is identified as an organisation (OrgId) or a person (PrvtId). */
  readonly partyType?: 'organisation' | 'person';
  /** Groups fields of the same party instance (e.g. Cdtr's Nm and its AdrLines) so a name spread over them can be re-joined. */
  readonly partyRef?: string;
}

export interface PaymentType {
  /** SvcLvl/Cd values (transaction level, else group/payment-information level). */
  readonly serviceLevels: readonly string[];
  /** LclInstrm/Cd or /Prtry. */
  readonly localInstrument?: string;
  readonly categoryPurpose?: string;
}

export interface TransactionView {
  /** 0-based position over the whole message (for pain.001: across all PmtInf blocks). */
  readonly index: number;
  /** Absolute path of the transaction element, e.g. /Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2] */
  readonly path: string;
  readonly instrId?: string;
  readonly endToEndId: string;
  readonly txId?: string;
  readonly uetr?: string;
  /** pain.001: PmtInfId of the enclosing block. */
  readonly pmtInfId?: string;
  /** Interbank settlement amount (pacs) or instructed amount (pain). */
  readonly amount: Amount;
  readonly paymentType: PaymentType;
  /** Instructing agent of this transaction where the message gives it per transaction (CBPR+). */
  readonly instructingAgent?: string;
  /** Payee side only. Debtor, ultimate debtor, debtor account and debtor agent are never extracted. */
  readonly payee: readonly PayeeField[];
  /** 1-based line of the transaction element in the received body. */
  readonly line?: number;
}

/** A parsed, validated inbound message. */
export interface InboundMessage {
  readonly id: MessageId;
  readonly family: ScreenedFamily;
  /** pacs.009 COV (underlying customer credit transfer present). */
  readonly isCover: boolean;
  readonly appHdr?: AppHeader;
  readonly group: GroupHeader;
  readonly transactions: readonly TransactionView[];
  /** The body exactly as received, for the byte-for-byte forward. */
  readonly raw: string;
  /**
   * The element directly around AppHdr and Document when the message came wrapped (Envelope, RequestPayload,
   * BusMsg …); status reports and forwards reuse it so the hub gets back the form it sent.
   */
  readonly envelope?: { readonly name: string; readonly namespace: string };
}

/** What could be learned about a message that failed to parse or validate; enough for a RJCT report. */
export interface MessageIdentification {
  readonly id?: MessageId;
  readonly msgId?: string;
  readonly appHdr?: Pick<AppHeader, 'fromBic' | 'toBic' | 'bizMsgIdr' | 'msgDefIdr'>;
  readonly transactions?: readonly Pick<TransactionView, 'endToEndId' | 'txId' | 'uetr' | 'instrId'>[];
}

/** Per-transaction outcome as reported in a status report. */
export type TransactionStatus = 'ACSP' | 'PDNG' | 'RJCT' | 'ACCP' | 'ACTC' | 'ACSC';

export interface TransactionOutcome {
  readonly index: number;
  readonly status: TransactionStatus;
  /** ExternalStatusReason1Code, e.g. RR04. Given without explanatory text: the sender must not be tipped off. */
  readonly reasonCode?: string;
}
