import { createHash } from 'node:crypto';
import { AuditEvent, GENESIS, canonicalJson, chainHash, findBrokenLink, seal, sealEntry } from '../../../src/model/audit';

function chain(n: number): AuditEvent[] {
  const out: AuditEvent[] = [];
  let prev = GENESIS;
  for (let i = 1; i <= n; i++) {
    const e = seal(prev, i, {
      type: 'screened',
      at: `2026-11-27T10:00:0${i % 10}Z`,
      actor: 'gateway',
      messageId: `m${i}`,
      data: { decisions: [{ index: 0, decision: 'clear' }] },
    });
    out.push(e);
    prev = e.hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it('canonical JSON is the sorted form written key by key, undefined fields left out', () => {
    const v = { z: [3, 'x', null, { b: undefined, a: [] }], a: { '\u00e9"': 'q/u', n: -1.5e-7 }, m: true, u: undefined, e: {} };
    expect(canonicalJson(v)).toBe('{"a":{"n":-1.5e-7,"\u00e9\\"":"q/u"},"e":{},"m":true,"z":[3,"x",null,{"a":[]}]}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson('s')).toBe('"s"');
  });

  it('chains with SHA-256 of the previous hash, a newline and the canonical JSON', () => {
    const body = { type: 'received' as const, at: '2026-11-27T10:00:00Z', actor: 'gateway', seq: 1, prev: GENESIS };
    expect(chainHash(GENESIS, body)).toBe(
      createHash('sha256')
        .update(`${GENESIS}\n${canonicalJson(body)}`)
        .digest('hex'),
    );
  });

  it('an inbox entry seals to the event seal() makes, stored as its text with seq, prev and hash appended', () => {
    const input = { type: 'delivered' as const, messageId: 'm1', at: '2026-11-27T10:00:00Z', actor: 'gateway', data: { forwardId: 'm1-f', n: 1 } };
    const entry = JSON.stringify(input);
    const sealed = sealEntry(GENESIS, 7, entry);
    const e = seal(GENESIS, 7, input);
    expect(sealed.hash).toBe(e.hash);
    expect(sealed.line).toBe(JSON.stringify(e));
    // Written by a script (cjson): other key order, an escaped slash; the line parses to the same event.
    const scripted = '{"actor":"r\\/a","data":{"b":1},"type":"claimed","at":"2026-11-27T10:00:00Z","holdId":"h1"}';
    const s2 = sealEntry(e.hash, 8, scripted);
    expect(s2.hash).toBe(seal(e.hash, 8, JSON.parse(scripted)).hash);
    expect(JSON.parse(s2.line)).toEqual(seal(e.hash, 8, JSON.parse(scripted)));
    // An entry that names seq itself is written out from the parsed event, not appended to.
    const odd = sealEntry(GENESIS, 9, '{"type":"received","at":"x","actor":"a","seq":1}');
    expect(odd.line).toBe(JSON.stringify(seal(GENESIS, 9, { type: 'received', at: 'x', actor: 'a', seq: 1 } as never)));
  });

  it('an entry of any shape seals to the hash of the event seal() makes from it (the sealer hashes without copying)', () => {
    // A reference written from the definition: SHA-256 of prev, a newline and the sorted JSON of the spread event.
    const sorted = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v);
      if (Array.isArray(v)) return `[${v.map(sorted).join(',')}]`;
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => o[k] !== undefined);
      return `{${keys
        .sort()
        .map((k) => `${JSON.stringify(k)}:${sorted(o[k])}`)
        .join(',')}}`;
    };
    const reference = (prev: string, seq: number, entry: string) =>
      createHash('sha256')
        .update(`${prev}\n${sorted({ ...(Object(JSON.parse(entry)) as object), seq, prev })}`)
        .digest('hex');
    let state = 7;
    const random = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
    const names = ['type', 'at', 'actor', 'data', 'seq', 'prev', 'hash', '__proto__', 'é"', 'a\\b', '\u2028', 'Z', '0', '10', '9'];
    const value = (depth: number): unknown => {
      switch (random(depth > 2 ? 4 : 6)) {
        case 0:
          return random(1000) - 500;
        case 1:
          return ['x', 'q"u\\o/te', '\ud800', 'ü'][random(4)];
        case 2:
          return [null, true, false][random(3)];
        case 3:
          return 1.5e-7 * random(9);
        case 4:
          return Array.from({ length: random(4) }, () => value(depth + 1));
        default:
          return object(depth + 1);
      }
    };
    const object = (depth: number): Record<string, unknown> => {
      const o: Record<string, unknown> = {};
      for (let i = random(6); i > 0; i--) o[names[random(names.length)]!] = value(depth);
      return o;
    };
    let prev = GENESIS;
    for (let seq = 1; seq <= 500; seq++) {
      const entry = JSON.stringify(object(0));
      const sealed = sealEntry(prev, seq, entry);
      expect(sealed.hash).toBe(reference(prev, seq, entry));
      prev = sealed.hash;
    }
    // Entries that are not objects, and more property names than the sealer keeps written out.
    for (const entry of [
      'null',
      '[1,"a"]',
      '"ab"',
      '3',
      '{"__proto__":{"b":1,"a":2},"type":"x"}',
      JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))),
    ]) {
      expect(sealEntry(prev, 9, entry).hash).toBe(reference(prev, 9, entry));
    }
  });

  it('an intact chain verifies', () => {
    expect(findBrokenLink(chain(20))).toBeUndefined();
  });

  it('names the first changed event', () => {
    const c = chain(10);
    c[4] = { ...c[4]!, actor: 'mallory' };
    expect(findBrokenLink(c)).toEqual({ seq: 5, reason: expect.stringMatching(/content/) });
  });

  it('detects a removed event', () => {
    const c = chain(10);
    c.splice(3, 1);
    expect(findBrokenLink(c)?.seq).toBe(4);
  });

  it('detects a re-sealed event whose successor still links to the original', () => {
    const c = chain(10);
    c[2] = seal(c[1]!.hash, 3, { type: 'released', at: 'x', actor: 'mallory' });
    expect(findBrokenLink(c)).toEqual({ seq: 4, reason: expect.stringMatching(/link/) });
  });
});
