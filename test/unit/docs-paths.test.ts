/**
 * The docs name files of the repository (docs/architecture.md walks a payment through them): every path they cite
 * must exist, so a move or a rename that forgets the docs fails here instead of leaving them stale.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
/** A path into one of the repository's folders, as the docs write them (`src/app/review-service.ts`, `src/store/`). */
const CITED = /(?<![\w./-])((?:src|test|bench|scripts|docs|fixtures|schemas)\/[\w./@-]*[\w/])/g;

function citedPaths(text: string): string[] {
  return [...text.matchAll(CITED)].map((m) => m[1]!).filter((p) => !/[*<>{}]|\.\.\./.test(p));
}

describe('paths cited in the docs', () => {
  it.each(DOCS)('%s names only files and folders that exist', (doc) => {
    const text = readFileSync(path.join(ROOT, doc), 'utf8');
    const missing = [...new Set(citedPaths(text))].filter((p) => !existsSync(path.join(ROOT, p)));
    expect(missing).toEqual([]);
  });

  it('finds the paths it checks', () => {
    expect(citedPaths('see src/app/review-service.ts, `src/store/`, test/unit/x.test.ts.')).toEqual([
      'src/app/review-service.ts',
      'src/store/',
      'test/unit/x.test.ts',
    ]);
  });
});
