/**
 * Example values for the API description. Invented data (the sample watchlist's entry SE-POL-000123); every example
 * is checked against its operation's schema by test/unit/http/openapi.test.ts, so none can go stale unnoticed.
 */
export const EXAMPLE_MESSAGE = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
  <FIToFICstmrCdtTrf>
    <GrpHdr>
      <MsgId>CHKP-EXAMPLE-0001</MsgId><CreDtTm>2026-03-02T09:15:00+01:00</CreDtTm><NbOfTxs>1</NbOfTxs>
      <SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf>
      <InstgAgt><FinInstnId><BICFI>AAAADEFFXXX</BICFI></FinInstnId></InstgAgt>
      <InstdAgt><FinInstnId><BICFI>BBBBSESSXXX</BICFI></FinInstnId></InstdAgt>
    </GrpHdr>
    <CdtTrfTxInf>
      <PmtId><EndToEndId>E2E-0001</EndToEndId><TxId>TX-0001</TxId><UETR>3f2b6c1e-8a4d-4e2f-9b7a-1c2d3e4f5a61</UETR></PmtId>
      <IntrBkSttlmAmt Ccy="EUR">149.00</IntrBkSttlmAmt><IntrBkSttlmDt>2026-03-02</IntrBkSttlmDt><ChrgBr>SLEV</ChrgBr>
      <Dbtr><Nm>Example Debtor Corp</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>DE41500105170123456789</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>AAAADEFFXXX</BICFI></FinInstnId></DbtrAgt>
      <CdtrAgt><FinInstnId><BICFI>BBBBSESSXXX</BICFI></FinInstnId></CdtrAgt>
      <Cdtr><Nm>Nordic Digital Media Services Ltd</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></CdtrAcct>
    </CdtTrfTxInf>
  </FIToFICstmrCdtTrf>
</Document>`;

const hit = {
  entryId: 'SE-POL-000123',
  score: 1,
  field: 'CdtrAcct/Id/IBAN',
  value: 'DE89370400440532013000',
  matched: 'DE89370400440532013000',
  method: 'iban',
  role: 'creditorAccount',
  algorithm: 'identifier-v1',
  explanation: [{ feature: 'iban_exact', value: 1 }],
  source: 'police-se',
};

export const EXAMPLE_RESULT = {
  message: { type: 'pacs.008.001.08', msgId: 'CHKP-EXAMPLE-0001', nbOfTxs: 1, id: 'mmi2x7k0a3f9c1d2e4b5a6978', instructingAgent: 'AAAADEFFXXX' },
  watchlistVersion: 'sha256:6c1f0e2a9b',
  policyVersion: 'policy-v1',
  groupStatus: 'PDNG',
  transactions: [
    {
      index: 0,
      endToEndId: 'E2E-0001',
      txId: 'TX-0001',
      uetr: '3f2b6c1e-8a4d-4e2f-9b7a-1c2d3e4f5a61',
      decision: 'hold',
      status: 'PDNG',
      holdId: 'hmi2x7k0b1a2b3c4d5e6f7081',
      hits: [hit],
    },
  ],
};

/** POST /v1/screen: nothing is stored, so no gateway id and no hold. */
export const EXAMPLE_SCREEN_RESULT = {
  ...EXAMPLE_RESULT,
  message: { type: 'pacs.008.001.08', msgId: 'CHKP-EXAMPLE-0001', nbOfTxs: 1, instructingAgent: 'AAAADEFFXXX' },
  transactions: EXAMPLE_RESULT.transactions.map(({ holdId: _, ...t }) => t),
};

export const EXAMPLE_STATUS_REPORT = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.002.001.10">
  <FIToFIPmtStsRpt>
    <GrpHdr><MsgId>CPS…</MsgId><CreDtTm>2026-03-02T08:15:01.120Z</CreDtTm></GrpHdr>
    <OrgnlGrpInfAndSts><OrgnlMsgId>CHKP-EXAMPLE-0001</OrgnlMsgId><OrgnlMsgNmId>pacs.008.001.08</OrgnlMsgNmId><GrpSts>PDNG</GrpSts></OrgnlGrpInfAndSts>
    <TxInfAndSts><OrgnlEndToEndId>E2E-0001</OrgnlEndToEndId><OrgnlTxId>TX-0001</OrgnlTxId><TxSts>PDNG</TxSts></TxInfAndSts>
  </FIToFIPmtStsRpt>
</Document>`;

export const EXAMPLE_HOLD = {
  id: 'hmi2x7k0b1a2b3c4d5e6f7081',
  messageId: 'mmi2x7k0a3f9c1d2e4b5a6978',
  index: 0,
  state: 'pending',
  createdAt: '2026-03-02T08:15:01.118Z',
  deadline: '2026-03-03T08:15:01.118Z',
  score: 1,
  method: 'iban',
  instant: false,
  postHoc: false,
  message: { type: 'pacs.008.001.08', msgId: 'CHKP-EXAMPLE-0001', instructingAgent: 'AAAADEFFXXX' },
  transaction: {
    endToEndId: 'E2E-0001',
    txId: 'TX-0001',
    uetr: '3f2b6c1e-8a4d-4e2f-9b7a-1c2d3e4f5a61',
    amount: { value: '149.00', currency: 'EUR' },
    payee: [
      { path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: 'Nordic Digital Media Services Ltd' },
      { path: 'CdtrAcct/Id/IBAN', role: 'creditorAccount', kind: 'iban', value: 'DE89370400440532013000' },
    ],
  },
  hits: [hit],
  watchlistVersion: 'sha256:6c1f0e2a9b',
  policyVersion: 'policy-v1',
};

export const EXAMPLE_EXCEPTION = {
  id: 'xmi2x7k0c9d8e7f6a5b4c3d2e',
  counterparty: 'iban:DE89370400440532013000',
  entryId: 'SE-POL-000123',
  methods: ['name'],
  state: 'proposed',
  status: 'proposed',
  holdId: 'hmi2x7k0b1a2b3c4d5e6f7081',
  proposedBy: 'alice',
  proposedAt: '2026-03-02T09:02:11.000Z',
  comment: 'Long-standing supplier; the name is a coincidence, checked with the registry',
  days: 90,
};

export const EXAMPLE_WATCHLIST = { version: 'sha256:6c1f0e2a9b', entries: 52, origin: 'config', loadedAt: '2026-03-02T08:00:00.000Z' };

export const EXAMPLE_WATCHLIST_STATUS = {
  ...EXAMPLE_WATCHLIST,
  origin: 'refresh',
  previous: 'sha256:0a9d4c2e7b',
  ageSeconds: 1260,
  refresh: { everyMs: 21_600_000, lastAt: '2026-03-02T08:00:00.000Z' },
  sources: [
    {
      label: 'native:coalition.jsonl',
      format: 'native',
      location: '/srv/lists/coalition.jsonl',
      entries: 50,
      lastGoodAt: '2026-03-02T08:00:00.000Z',
      lastRefresh: { at: '2026-03-02T08:00:00.000Z', outcome: 'updated', entries: 50, removed: 1, skipped: 0 },
    },
    {
      label: 'un-xml:lists.example/un/consolidated.xml',
      format: 'un-xml',
      location: 'https://lists.example/un/consolidated.xml',
      entries: 2,
      lastGoodAt: '2026-03-02T07:39:00.000Z',
      lastRefresh: {
        at: '2026-03-02T08:00:00.000Z',
        outcome: 'failed',
        reason: 'un-xml:lists.example/un/consolidated.xml: https://lists.example/un/consolidated.xml answered HTTP 503',
      },
    },
  ],
};

export const EXAMPLE_WATCHLIST_CHANGES = {
  since: 'sha256:0a9d4c2e7b',
  version: 'sha256:6c1f0e2a9b',
  versions: [
    {
      version: 'sha256:6c1f0e2a9b',
      previous: 'sha256:0a9d4c2e7b',
      at: '2026-03-02T08:00:00.000Z',
      origin: 'refresh',
      entries: 52,
      counts: { added: 1, removed: 1, changed: 0 },
      changesKept: 2,
      truncated: false,
    },
  ],
  changes: [
    {
      seq: 41,
      version: 'sha256:6c1f0e2a9b',
      change: 'added',
      entryId: 'SE-POL-000123',
      source: 'police-se',
      entry: {
        id: 'SE-POL-000123',
        kind: 'organisation',
        names: ['Nordic Digital Media Services Ltd'],
        identifiers: [{ type: 'iban', value: 'DE89370400440532013000' }],
        source: 'police-se',
        listedAt: '2026-03-01',
      },
    },
    {
      seq: 42,
      version: 'sha256:6c1f0e2a9b',
      change: 'removed',
      entryId: 'SE-POL-000099',
      source: 'police-se',
      entry: {
        id: 'SE-POL-000099',
        kind: 'merchant',
        names: ['Former Example Shop'],
        identifiers: [{ type: 'domain', value: 'former-shop.example' }],
        source: 'police-se',
      },
    },
  ],
  next: null,
};

export const EXAMPLE_MESSAGE_STATUS = {
  message: {
    id: 'mmi2x7k0a3f9c1d2e4b5a6978',
    type: 'pacs.008.001.08',
    msgId: 'CHKP-EXAMPLE-0001',
    nbOfTxs: 1,
    receivedAt: '2026-03-02T08:15:01.118Z',
    instructingAgent: 'AAAADEFFXXX',
  },
  groupStatus: 'PDNG',
  watchlistVersion: 'sha256:6c1f0e2a9b',
  transactions: [
    {
      index: 0,
      endToEndId: 'E2E-0001',
      txId: 'TX-0001',
      uetr: '3f2b6c1e-8a4d-4e2f-9b7a-1c2d3e4f5a61',
      status: 'PDNG',
      stage: 'held',
      holdId: 'hmi2x7k0b1a2b3c4d5e6f7081',
      updatedAt: '2026-03-02T08:15:01.118Z',
    },
  ],
};

const work = {
  held: 3,
  postHocOpened: 0,
  rejectedAtOnce: 1,
  released: 1,
  rejected: 1,
  expired: 0,
  escalated: 0,
  findings: { falsePositive: 0, match: 0 },
  timeToDecision: { decisions: 2, p50Ms: 1_800_000, p90Ms: 3_600_000, meanMs: 2_400_000 },
};

export const EXAMPLE_DASHBOARD = {
  generatedAt: '2026-03-02T12:00:00.000Z',
  timeZone: 'UTC',
  days: 1,
  waiting: {
    holds: 1,
    postHoc: 0,
    escalated: 0,
    byDeadline: [
      { bucket: 'overdue', holds: 0, postHoc: 0 },
      { bucket: '4h-24h', holds: 1, postHoc: 0 },
    ],
    byAge: [{ bucket: 'lt1h', holds: 1, postHoc: 0 }],
    oldestReceivedAt: '2026-03-02T11:20:00.000Z',
    nextDeadline: '2026-03-03T11:20:00.000Z',
  },
  perDay: [{ date: '2026-03-02', ...work }],
  period: { ...work, hitsByMethod: [{ method: 'iban', hits: 3 }], hitsBySource: [{ source: 'police-se', hits: 3 }] },
  exceptions: { active: 2, proposed: 1, expiringWithin7Days: 0, expiringWithin30Days: 1, nextExpiry: '2026-03-20T09:00:00.000Z' },
  postHoc: { open: 0, overdue: 0, paidBeforeListing: 0 },
};

export const EXAMPLE_POST_HOC = {
  id: 'r5f0c1d2e3a4b5c6d7e8f9a0b',
  state: 'open',
  openedAt: '2026-03-02T09:00:00.000Z',
  version: 'sha256:9a8b7c6d5e',
  why: 'paid before the entry was listed: SE-POL-000123 added in version sha256:9a8b7c6d5e',
  payment: {
    messageId: 'mmi2x7k0a3f9c1d2e4b5a6978',
    index: 0,
    msgId: 'CHKP-EXAMPLE-0001',
    endToEndId: 'E2E-0001',
    txId: 'TX-0001',
    uetr: '3f2b6c1e-8a4d-4e2f-9b7a-1c2d3e4f5a61',
    idempotencyKey: 'mmi2x7k0a3f9c1d2e4b5a6978-f',
    clearedAt: '2026-03-02T08:15:01.118Z',
    forwardedAt: '2026-03-02T08:15:01.240Z',
    payee: EXAMPLE_HOLD.transaction.payee,
  },
  hits: [hit],
};
