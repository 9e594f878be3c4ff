import { promises as fs } from 'node:fs';
import type { Config } from '../config';
import { hashEntry, loadWatchlistFile } from '../watchlist';
import { AppError } from '../errors/app-error';
import { withWatchlistService } from '../composition/commands';

export async function watchlistVerify(file: string): Promise<void> {
  const list = await loadWatchlistFile(file);
  const identifiers: Record<string, number> = {};
  for (const e of list.entries) for (const i of e.identifiers) identifiers[i.type] = (identifiers[i.type] ?? 0) + 1;
  const kinds: Record<string, number> = {};
  for (const e of list.entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  process.stdout.write(JSON.stringify({ file, version: list.version, entries: list.entries.length, kinds, identifiers }) + '\n');
}

/** Keyed-hash form: every plain identifier becomes {type, hmac} (issuer kept), so the list can be shared blind. */
export async function watchlistHash(file: string, keyHex: string): Promise<void> {
  if (!/^([0-9a-fA-F]{2}){16,}$/.test(keyHex)) throw new AppError('CONFIG_INVALID', '--key: expected at least 32 hex digits');
  const key = Uint8Array.from(Buffer.from(keyHex, 'hex'));
  const list = await loadWatchlistFile(file);
  for (const e of list.entries) process.stdout.write(JSON.stringify(hashEntry(e, key)) + '\n');
}

export async function watchlistImport(file: string, config: Config): Promise<void> {
  const text = await fs.readFile(file, 'utf8');
  const a = await withWatchlistService(config, (service) => service.replace(text, file));
  process.stdout.write(JSON.stringify({ version: a.version, entries: a.entries, file: a.file }) + '\n');
}
