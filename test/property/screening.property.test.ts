import fc from 'fast-check';
import type { PayeeField, PayeeValueKind } from '../../src/iso20022/types';
import { canonicalIdentifier, normaliseKey, normaliseName, normaliseText } from '../../src/screening';
import { extractIdentifiers } from '../../src/screening/identifiers/extract';
import type { IdentifierType } from '../../src/screening/types';
import { scoreName } from '../../src/screening/names/name-score';
import { AppError } from '../../src/errors/app-error';
import { parseWatchlist } from '../../src/watchlist';
import { sampleScreener } from '../unit/screening/sample-list';

/** Strings as payments carry them: any Unicode, and name-like text in several scripts. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        'Nordic',
        'Müßig',
        'ООО',
        'Тёмный',
        'Ελένη',
        'عبد',
        'S.A.',
        '&',
        'Ltd',
        'LtdLtd',
        'PvtLtd',
        'GmbH',
        'and',
        'www.',
        '.test',
        '@',
        'DE89',
        ' ',
        '-',
        "'",
        'ß',
        'İ',
        '\u0301',
        '\uFEFF',
        '０',
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join('')),
);

const KINDS: PayeeValueKind[] = ['name', 'address', 'text', 'iban', 'bic', 'account', 'proxy', 'email', 'phone', 'url', 'lei', 'orgId', 'country'];
const ID_TYPES: IdentifierType[] = ['iban', 'account', 'bic', 'proxy', 'domain', 'url', 'email', 'phone', 'lei', 'crypto'];

describe('screening properties', () => {
  test('normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
        expect(normaliseKey(normaliseKey(s))).toBe(normaliseKey(s));
      }),
      // A glued form behind a noise word was read at the second normalisation only.
      { numRuns: 2000, examples: [['Nordic\uFEFFLtdLtd&'], ['Acme GmbHand']] },
    );
  });

  test('normalised tokens are lower-case ASCII letters and digits', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normaliseName(s);
        for (const t of [...n.tokens, ...n.expanded, ...n.fullTokens]) expect(t).toMatch(/^[a-z0-9]+$/);
        // The core is the name as written from coreStart on (the index and the scorer read one through the other).
        expect(n.fullTokens.slice(n.coreStart, n.coreStart + n.tokens.length)).toEqual(n.tokens);
      }),
      { numRuns: 1000 },
    );
  });

  test('no input string throws, and every score is in [0, 1]', () => {
    const screener = sampleScreener();
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), anyText, fc.option(anyText, { nil: undefined }), (kind, value, issuer) => {
        const field: PayeeField = { path: 'Cdtr/Nm', role: 'creditor', kind, value, ...(issuer !== undefined ? { issuer } : {}), partyRef: 'p' };
        const address: PayeeField = { path: 'Cdtr/PstlAdr/AdrLine[1]', role: 'creditor', kind: 'address', value: issuer ?? '', partyRef: 'p' };
        for (const hit of screener.screenFields([field, address])) {
          expect(hit.score).toBeGreaterThanOrEqual(0);
          expect(hit.score).toBeLessThanOrEqual(1);
          for (const f of hit.explanation) expect(Number.isFinite(f.value)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('name scores are in [0, 1] and an identical name scores 1', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.constantFrom('organisation', 'person', 'merchant') as fc.Arbitrary<'organisation' | 'person' | 'merchant'>,
        fc.boolean(),
        (a, b, listKind, truncated) => {
          const side = (s: string) => {
            const n = normaliseName(s);
            return { tokens: n.tokens, expanded: n.expanded, weights: n.tokens.map(() => 1), legalForms: n.legalForms };
          };
          const { score } = scoreName(side(a), side(b), { listKind, truncated });
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          if (side(a).tokens.length > 0) expect(scoreName(side(a), side(a), { listKind, truncated: false }).score).toBeCloseTo(1, 6);
        },
      ),
      { numRuns: 1500 },
    );
  });

  test('canonical identifiers and text extraction never throw; canonical forms are fixed points', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ID_TYPES), anyText, (type, value) => {
        const c = canonicalIdentifier(type, value);
        if (c !== undefined && type !== 'account' && type !== 'url') expect(canonicalIdentifier(type, c)).toBe(c);
        extractIdentifiers(value);
      }),
      { numRuns: 2000 },
    );
  });

  test('parseWatchlist either returns entries or throws WATCHLIST_INVALID', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.json(),
          fc.array(fc.json()).map((a) => a.join('\n')),
        ),
        (text) => {
          try {
            parseWatchlist(text);
          } catch (e) {
            expect(e).toBeInstanceOf(AppError);
            expect((e as AppError).code).toBe('WATCHLIST_INVALID');
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
