import { AppError } from '../../../src/errors/app-error';
import { PayloadSealer, derivedKeyId, formatKey, generateKey, parseKeyRing } from '../../../src/store/sealed-payload';

const ring = (...keys: ReturnType<typeof generateKey>[]) => ({ current: keys[0]!, keys });
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as AppError).code;
  }
  return 'no error';
};

describe('sealed payload', () => {
  const a = generateKey();
  const b = generateKey();
  const xml = '<Document><Dbtr><Nm>Erika Mustermann</Nm></Dbtr></Document>';

  it('seals so that the plaintext does not appear, and opens under the same context', () => {
    const s = new PayloadSealer(ring(a));
    const sealed = s.seal(xml, 'msg:m1:raw');
    expect(sealed.includes(Buffer.from('Erika'))).toBe(false);
    expect(sealed.includes(Buffer.from(a.id))).toBe(true);
    expect(s.open(sealed, 'msg:m1:raw')).toBe(xml);
    // a fresh IV each time
    expect(s.seal(xml, 'msg:m1:raw').equals(sealed)).toBe(false);
    expect(s.openText(s.sealText(xml, 'hold:h1:body'), 'hold:h1:body')).toBe(xml);
  });

  it('reads records of an older key after a new current key is configured, and writes under the new one', () => {
    const old = new PayloadSealer(ring(a)).seal(xml, 'c');
    const rotated = new PayloadSealer(ring(b, a));
    expect(rotated.open(old, 'c')).toBe(xml);
    expect(rotated.seal(xml, 'c').includes(Buffer.from(b.id))).toBe(true);
    expect(codeOf(() => new PayloadSealer(ring(b)).open(old, 'c'))).toBe('RECORD_KEY_UNKNOWN');
  });

  it('refuses a changed byte, a truncated record, another record’s context and garbage, with a code', () => {
    const s = new PayloadSealer(ring(a));
    const sealed = s.seal(xml, 'c');
    for (let i = 0; i < sealed.length; i += 7) {
      const t = Buffer.from(sealed);
      t[i]! ^= 0x20;
      expect(['RECORD_UNREADABLE', 'RECORD_KEY_UNKNOWN']).toContain(codeOf(() => s.open(t, 'c')));
    }
    expect(codeOf(() => s.open(sealed.subarray(0, 20), 'c'))).toBe('RECORD_UNREADABLE');
    expect(codeOf(() => s.open(sealed, 'other'))).toBe('RECORD_UNREADABLE');
    expect(codeOf(() => s.open(Buffer.from([1, 2, 3, 4, 5]), 'c'))).toBe('RECORD_UNREADABLE');
    expect(codeOf(() => s.openText('AENQRQ%%%', 'c'))).toBe('RECORD_UNREADABLE');
  });

  it('reads a plaintext record written before encryption as it is', () => {
    const s = new PayloadSealer(ring(a));
    expect(s.open(Buffer.from(xml), 'c')).toBe(xml);
    expect(s.openText('{"id":"h1"}', 'c')).toBe('{"id":"h1"}');
  });

  it('parses key lists: hex or base64, with or without ids, current first; refuses bad keys without echoing them', () => {
    const hex = a.key.toString('hex');
    const r = parseKeyRing(`# comment\n${formatKey(b)}\n${hex}, old2:${a.key.toString('base64url')}`, 'KEYS');
    expect(r.current.id).toBe(b.id);
    expect(r.keys.map((k) => k.id)).toEqual([b.id, derivedKeyId(a.key), 'old2']);
    expect(r.keys[1]!.key.equals(a.key)).toBe(true);
    expect(() => parseKeyRing('c2VjcmV0', 'KEYS')).toThrow(/KEYS: key 1: expected 32 bytes/);
    expect(() => parseKeyRing('c2VjcmV0', 'KEYS')).not.toThrow(/c2VjcmV0/);
    expect(() => parseKeyRing(`x:${hex},x:${b.key.toString('hex')}`, 'KEYS')).toThrow(/used twice/);
    expect(() => parseKeyRing('# nothing', 'KEYS')).toThrow(/no key/);
  });
});
