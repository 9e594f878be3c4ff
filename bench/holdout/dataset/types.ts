/** Shapes shared by the generator, the message writer and the scorer. */

export interface Identifier {
  type: 'iban' | 'bic' | 'domain' | 'email';
  value: string;
}

/** One entry of the native watchlist format. */
export interface ListEntry {
  id: string;
  kind: 'person' | 'organisation' | 'merchant';
  names: string[];
  identifiers: Identifier[];
  addresses: { country: string }[];
  source: string;
  verifiedBy: string;
  listedAt: string;
  expiresAt: null;
}

/** Where the tested value stands in the payment. */
export type Placement = 'Cdtr/Nm' | 'Cdtr/PstlAdr/AdrLine' | 'CdtrAcct/Id/IBAN' | 'CdtrAcct/Id/Othr/Id' | 'CdtrAgt/BICFI' | 'RmtInf/Ustrd';

/** The payee side of one credit transfer. */
export interface TxSpec {
  creditorName?: string;
  addressLines: string[];
  country: string;
  iban?: string;
  otherAccount?: string;
  agentBic: string;
  remittance: string[];
}

export interface Case {
  id: string;
  label: 'positive' | 'negative';
  kind: string;
  /** reporting group: romanisation sub-kinds share the group "romanisation" */
  group: string;
  subject: 'person' | 'organisation' | 'identifier' | 'text';
  culture: string;
  /** the entry a positive must name; for a hard negative, the listed entry it imitates */
  entryId: string | null;
  listedName: string | null;
  value: string;
  detail: string;
  /** romanisation kinds: how many name parts are spelt differently from the listed name */
  changedParts?: number;
  placement: Placement;
  tx: TxSpec;
}

export interface Dataset {
  seed: string;
  entries: ListEntry[];
  cases: Case[];
  /** how many filler entries (not behind any case) the list holds */
  fillers: number;
}
