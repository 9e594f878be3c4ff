/**
 * Where the sealing keys come from: ENCRYPTION_KEY (the key list itself), ENCRYPTION_KEY_FILE (a file holding it),
 * or — with neither — DATA_DIR/encryption.key, generated on first start with owner-only permissions, the way the
 * tokens file is. Instances that share a Redis must share the key: give them the same ENCRYPTION_KEY_FILE.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { createWholeFile } from '../files/whole-file';
import { type KeyRing, formatKey, generateKey, parseKeyRing } from './sealed-payload';

export interface LoadedKeyRing {
  ring: KeyRing;
  /** 'ENCRYPTION_KEY', or the file read. */
  source: string;
  /** The key file was created now (no key was configured). */
  generated: boolean;
  /** The key file can be read by others than its owner. */
  looseMode: boolean;
}

export const GENERATED_KEY_FILE = 'encryption.key';

/** The key list of ENCRYPTION_KEY when given (it wins over a file), else of the key file. */
export async function loadKeyRing(o: { keyText?: string | undefined; keyFile?: string | undefined; dataDir: string }): Promise<LoadedKeyRing> {
  if (o.keyText !== undefined) return { ring: parseKeyRing(o.keyText, 'ENCRYPTION_KEY'), source: 'ENCRYPTION_KEY', generated: false, looseMode: false };
  const file = o.keyFile ?? path.join(o.dataDir, GENERATED_KEY_FILE);
  let generated = false;
  if (o.keyFile === undefined) generated = await createKeyFile(file);
  let text: string;
  let mode: number;
  try {
    [text, mode] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file).then((s) => s.mode)]);
  } catch (e) {
    throw new AppError('CONFIG_INVALID', `ENCRYPTION_KEY_FILE ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return { ring: parseKeyRing(text, file), source: file, generated, looseMode: (mode & 0o077) !== 0 };
}

/**
 * Creates the key file unless it exists. Written aside and linked into place, so a process starting at the same time
 * (a queue-worker process) finds either no file or the whole key, never a half-written one. Returns true if created.
 */
async function createKeyFile(file: string): Promise<boolean> {
  if (
    await fs.access(file).then(
      () => true,
      () => false,
    )
  )
    return false;
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const text = [
    '# chokepoint: the key that seals stored messages and holds (AES-256-GCM), generated because no key was configured.',
    '# One key per line, "id:key"; the first seals, the others are older keys kept for reading. Keep a copy: without it',
    '# the messages and holds in Redis cannot be read.',
    formatKey(generateKey()),
    '',
  ].join('\n');
  return createWholeFile(file, text);
}
