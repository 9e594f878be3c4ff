import { existsSync } from 'node:fs';
import path from 'node:path';

export const REPO_DIR = path.resolve(__dirname, '../..');
export const FIXTURES_DIR = path.join(REPO_DIR, 'fixtures');

/**
 * The shared reference material (official XSDs, third-party samples): read in place, never copied. It sits beside
 * the working copy (../shared); a clean clone elsewhere (CI clones into a temporary directory) finds it through
 * CHOKEPOINT_SHARED_DIR or at its fixed place on this machine.
 */
function sharedDir(): string {
  const candidates = [process.env.CHOKEPOINT_SHARED_DIR, path.resolve(REPO_DIR, '../shared'), '/work/shared'].filter((c): c is string => !!c);
  return candidates.find((c) => existsSync(path.join(c, 'iso20022', 'xsd'))) ?? candidates[0]!;
}

export const SHARED_DIR = sharedDir();
export const ISO_XSD_DIR = path.join(SHARED_DIR, 'iso20022', 'xsd');
export const ISO_SAMPLES_DIR = path.join(SHARED_DIR, 'iso20022', 'samples');
