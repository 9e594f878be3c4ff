import { derivedMsgId, newId } from '../../../src/model/ids';
import { groupStatusOf } from '../../../src/model/result';

it('gateway ids sort by creation time and do not repeat', () => {
  const ids = Array.from({ length: 1000 }, () => newId('m'));
  expect(new Set(ids).size).toBe(1000);
  expect(ids.every((id) => /^m[0-9a-z]{8}[0-9a-f]{16}$/.test(id))).toBe(true);
});

it('derived MsgIds are deterministic Max35Text', () => {
  const a = derivedMsgId('CPF', 'm123-f');
  expect(a).toHaveLength(35);
  expect(a).toMatch(/^CPF[A-Z2-7]{32}$/);
  expect(derivedMsgId('CPF', 'm123-f')).toBe(a);
  expect(derivedMsgId('CPF', 'm124-f')).not.toBe(a);
});

it('group status follows ISO usage', () => {
  expect(groupStatusOf(['ACSP', 'ACSP'])).toBe('ACSP');
  expect(groupStatusOf(['RJCT'])).toBe('RJCT');
  expect(groupStatusOf(['PDNG', 'PDNG'])).toBe('PDNG');
  expect(groupStatusOf(['ACSP', 'PDNG'])).toBe('PART');
  expect(groupStatusOf(['ACSP', 'RJCT', 'PDNG'])).toBe('PART');
});
