import path from 'node:path';

/** The shared reference material (official XSDs, third-party samples): read in place, never copied. */
export const SHARED_DIR = path.resolve(__dirname, '../../../shared');
export const ISO_XSD_DIR = path.join(SHARED_DIR, 'iso20022', 'xsd');
export const ISO_SAMPLES_DIR = path.join(SHARED_DIR, 'iso20022', 'samples');
export const REPO_DIR = path.resolve(__dirname, '../..');
export const FIXTURES_DIR = path.join(REPO_DIR, 'fixtures');
