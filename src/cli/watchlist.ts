import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { hashEntry, loadWatchlistFile } from '../watchlist';
import { AppError } from '../errors/app-error';
import { withWatchlistService } from '../composition/commands';
import { megabytes, progress } from './progress';
import { unreadable } from '../watchlist/sources/files';

export async function watchlistVerify(file: string): Promise<void> {
  const list = await loadWatchlistFile(file);
  const identifiers: Record<string, number> = {};
  for (const e of list.entries) for (const i of e.identifiers) identifiers[i.type] = (identifiers[i.type] ?? 0) + 1;
  const kinds: Record<string, number> = {};
  for (const e of list.entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  // What a gateway screens against: the entries not expired now (it reports these as its entries; the file's count
  // includes the expired ones, which it loads and ignores).
  const now = Date.now();
  const inForce = list.entries.filter((e) => !e.expiresAt || !(Date.parse(e.expiresAt) <= now)).length;
  process.stdout.write(
    JSON.stringify({ file, version: list.version, entries: list.entries.length, inForce, expired: list.entries.length - inForce, kinds, identifiers }) + '\n',
  );
}

/** Keyed-hash form: every plain identifier becomes {type, hmac} (issuer kept), so the list can be shared blind. */
export async function watchlistHash(file: string, keyHex: string): Promise<void> {
  if (!/^([0-9a-fA-F]{2}){16,}$/.test(keyHex)) throw new AppError('CONFIG_INVALID', '--key: expected at least 32 hex digits');
  const key = Uint8Array.from(Buffer.from(keyHex, 'hex'));
  const list = await loadWatchlistFile(file);
  for (const e of list.entries) process.stdout.write(JSON.stringify(hashEntry(e, key)) + '\n');
}

export async function watchlistImport(file: string, config: Config): Promise<void> {
  const text = await readWithProgress(file);
  const a = await withWatchlistService(config, (service) => service.replace(text, path.resolve(file)));
  process.stdout.write(JSON.stringify({ version: a.version, entries: a.entries, file: a.file, gateways: 'pending' }) + '\n');
  // Stored and announced; each running gateway switches when it has loaded and indexed the list (seconds to a minute
  // for a large one; a gateway that missed the announcement finds it on its 15 s poll).
  process.stderr.write(
    `${a.version} is stored and announced; the running gateways switch to it once they have loaded it (pending: GET /v1/watchlist shows the version each serves)\n`,
  );
}

/** The list's bytes, with a bar while they are read (a list of hundreds of MB takes a while); errors name the full path. */
async function readWithProgress(file: string): Promise<Buffer> {
  const full = path.resolve(file);
  const bar = progress('reading');
  try {
    const total = (await fs.stat(full)).size;
    const chunks: Buffer[] = [];
    let done = 0;
    for await (const chunk of createReadStream(full)) {
      chunks.push(chunk as Buffer);
      done += (chunk as Buffer).length;
      bar.update(done, total, `${megabytes(done)} of ${megabytes(total)}`);
    }
    return Buffer.concat(chunks);
  } catch (e) {
    throw unreadable(full, e);
  } finally {
    bar.stop();
  }
}
