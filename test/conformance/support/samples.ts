import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, ISO_SAMPLES_DIR } from '../../helpers/paths';

/** Every shared sample message: family directory, file name, absolute path. */
export function sharedSamples(): Array<{ family: string; file: string; path: string }> {
  return fs
    .readdirSync(ISO_SAMPLES_DIR)
    .sort()
    .flatMap((family) =>
      fs
        .readdirSync(path.join(ISO_SAMPLES_DIR, family))
        .sort()
        .map((file) => ({ family, file, path: path.join(ISO_SAMPLES_DIR, family, file) })),
    );
}

export function fixtureMessage(name: string): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, 'messages', name), 'utf8');
}
