import { decodeCleared, encodeCleared, openCleared, sealCleared } from '../../../src/store/cleared-record';
import { PayloadSealer, generateKey } from '../../../src/store/sealed-payload';
import type { ClearedPayment } from '../../../src/model/rescreen';

const key = generateKey();
const sealer = new PayloadSealer({ current: key, keys: [key] });
const payments: ClearedPayment[] = [
  {
    messageId: 'm1',
    index: 0,
    msgId: 'MSG-1',
    endToEndId: 'E2E-1',
    forwardId: 'm1-f',
    clearedAt: '2026-12-06T17:00:00.000Z',
    instant: false,
    payee: [{ path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: 'Erika Mustermann', partyRef: 'Cdtr' }],
  },
];

describe('cleared record', () => {
  it('is sealed as bytes, without the payee in clear, and opens only under its unit', () => {
    const sealed = sealCleared(sealer, 'm1-f', payments);
    expect(sealed[0]).toBe(0);
    expect(sealed.includes(Buffer.from('Erika'))).toBe(false);
    expect(openCleared(sealer, 'm1-f', sealed)).toEqual(payments);
    expect(() => openCleared(sealer, 'm2-f', sealed)).toThrow(/integrity/);
  });

  it('writes the payments as arrays, and reads them back as they were, every optional field included', () => {
    const unit = { messageId: 'm2', msgId: 'MSG-2', forwardMsgId: 'CPF-m2-f', forwardId: 'm2-f', clearedAt: '2026-12-06T18:00:00.000Z' };
    const several: ClearedPayment[] = [
      {
        ...unit,
        index: 0,
        endToEndId: 'E2E-A',
        txId: 'TX-A',
        uetr: 'd5e7c1d2-6f0e-4a4b-9b1f-2f4b3b0c9a11',
        instant: true,
        payee: [
          { path: 'CdtrAgt/FinInstnId/BICFI', role: 'creditorAgent', kind: 'bic', value: 'DEUTDEFFXXX', partyRef: 'CdtrAgt' },
          { path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: 'Fjord "Fisk" AS', partyType: 'organisation', partyRef: 'Cdtr' },
          { path: 'Cdtr/Id/OrgId/Othr/Id', role: 'creditor', kind: 'orgId', value: '0', issuer: 'NO-BRREG' },
          { path: 'RmtInf/Ustrd', role: 'remittance', kind: 'text', value: '' },
        ],
      },
      { ...unit, index: 2, endToEndId: 'E2E-C', instant: false, payee: [] },
    ];
    const text = encodeCleared(several);
    expect(text.startsWith('[2,')).toBe(true);
    expect(text.length).toBeLessThan(JSON.stringify(several).length * 0.7);
    expect(decodeCleared(text)).toEqual(several);
    expect(decodeCleared(encodeCleared(payments))).toEqual(payments);
    expect(openCleared(sealer, 'm2-f', sealCleared(sealer, 'm2-f', several))).toEqual(several);
  });

  it('writes payments of different units as objects, and reads records written as objects before', () => {
    const mixed = [payments[0]!, { ...payments[0]!, messageId: 'm9', forwardId: 'm9-f' }];
    expect(JSON.parse(encodeCleared(mixed))).toEqual(mixed);
    expect(decodeCleared(JSON.stringify(mixed))).toEqual(mixed);
    expect(decodeCleared('[]')).toEqual([]);
    expect(encodeCleared([])).toBe('[]');
    const before = sealer.seal(JSON.stringify(payments), 'cleared:m1-f');
    expect(openCleared(sealer, 'm1-f', before)).toEqual(payments);
  });

  it('opens a record written before as the base64 text of its envelope', () => {
    const legacy = Buffer.from(sealer.sealText(JSON.stringify(payments), 'cleared:m1-f'), 'latin1');
    expect(openCleared(sealer, 'm1-f', legacy)).toEqual(payments);
    expect(() => openCleared(sealer, 'm2-f', legacy)).toThrow(/integrity/);
  });
});
