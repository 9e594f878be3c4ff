import { openCleared, sealCleared } from '../../../src/store/cleared-record';
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

  it('opens a record written before as the base64 text of its envelope', () => {
    const legacy = Buffer.from(sealer.sealText(JSON.stringify(payments), 'cleared:m1-f'), 'latin1');
    expect(openCleared(sealer, 'm1-f', legacy)).toEqual(payments);
    expect(() => openCleared(sealer, 'm2-f', legacy)).toThrow(/integrity/);
  });
});
