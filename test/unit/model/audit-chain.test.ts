import { AuditEvent, GENESIS, canonicalJson, findBrokenLink, seal } from '../../../src/model/audit';

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
