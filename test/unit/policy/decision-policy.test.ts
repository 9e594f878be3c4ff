import { decisionPolicy } from '../../../src/policy/decision-policy';
import { DEFAULT_POLICY, rulesFor } from '../../../src/screening';

const withOverrides = (json: unknown) => decisionPolicy({ overrides: { source: 'POLICY_FILE p.json', json }, instantNameHitAction: 'reject' });

describe('the decision policy of POLICY_FILE', () => {
  test('rules per list source: given fields override, the rest falls back; the version names the overrides', () => {
    const p = withOverrides({
      sources: { 'ofac-sdn': { nameHoldThreshold: 0.93, onNameHit: 'hold' }, coalition: { onNameHit: 'reject', onIdentifierHit: 'reject' } },
    });
    expect(rulesFor(p, 'ofac-sdn')).toEqual({ nameReportThreshold: 0.8, nameHoldThreshold: 0.93, onIdentifierHit: 'hold', onNameHit: 'hold' });
    expect(rulesFor(p, 'coalition')).toMatchObject({ nameHoldThreshold: DEFAULT_POLICY.nameHoldThreshold, onNameHit: 'reject', onIdentifierHit: 'reject' });
    expect(rulesFor(p, 'other')).toMatchObject({ nameHoldThreshold: DEFAULT_POLICY.nameHoldThreshold, onNameHit: 'hold' });
    expect(p.version).toMatch(/^policy-2026-01\+[0-9a-f]{8}$/);
  });

  test('the older nameHoldThresholdBySource still works; sources.<name> wins over it', () => {
    const p = withOverrides({ nameHoldThresholdBySource: { a: 0.9, b: 0.9 }, sources: { b: { nameHoldThreshold: 0.95 } } });
    expect(rulesFor(p, 'a').nameHoldThreshold).toBe(0.9);
    expect(rulesFor(p, 'b').nameHoldThreshold).toBe(0.95);
  });

  test.each([
    [{ sources: { x: { nameHoldThreshold: 0.6 } } }, /sources\.x: nameHoldThreshold 0\.6 is below 0\.75/],
    [{ nameReportThreshold: 0.7 }, /policy: nameReportThreshold 0\.7 is below 0\.75/],
    [{ sources: { x: { onNameHit: 'drop' } } }, /POLICY_FILE p\.json: sources\.x\.onNameHit/],
    [{ sources: { x: { threshold: 0.9 } } }, /POLICY_FILE p\.json: sources\.x/],
  ])('refuses %j with the place', (json, message) => {
    expect(() => withOverrides(json)).toThrow(message);
  });
});
