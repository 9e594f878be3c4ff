import { ERROR_CATALOG, ErrorCode } from '../../../src/errors/catalog';
import { AppError } from '../../../src/errors/app-error';

describe('error catalog', () => {
  const codes = Object.keys(ERROR_CATALOG) as ErrorCode[];

  it('has unique codes in SCREAMING_SNAKE_CASE', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('maps every code to an HTTP error status and, where given, an ISO reason of 4 characters', () => {
    for (const c of codes) {
      const d = ERROR_CATALOG[c];
      expect(d.httpStatus).toBeGreaterThanOrEqual(400);
      expect(d.httpStatus).toBeLessThan(600);
      if ('isoReason' in d) expect(d.isoReason).toMatch(/^[A-Z0-9]{4}$/);
    }
  });

  it('does not map every input error to 400', () => {
    const statuses = new Set<number>(codes.map((c) => ERROR_CATALOG[c].httpStatus));
    for (const s of [400, 401, 403, 404, 409, 413, 415, 422, 503]) expect(statuses.has(s)).toBe(true);
  });

  it('AppError serialises code, message and place', () => {
    const e = new AppError('MESSAGE_INVALID', 'Nm is too long', { path: '/Document/X', line: 4 });
    expect(e.httpStatus).toBe(422);
    expect(e.toJSON()).toEqual({ code: 'MESSAGE_INVALID', message: 'Nm is too long', path: '/Document/X', line: 4 });
  });
});
