/**
 * Built list indexes kept on disk, so that a restart with an unchanged list maps its index back in seconds
 * instead of rebuilding it (a million entries take tens of seconds to validate and index).
 *
 * Nothing in a cache file is trusted blindly. A file is used only when its header names this format, this exact
 * screening and list-reading code and its dependencies (a change to the normaliser must not meet tokens of the old one), the list
 * version (SHA-256 of the list file's bytes, computed afresh on every load), the same HMAC key and build
 * options, when no indexed entry has expired since it was built, and when the SHA-256 of its body matches the
 * header. Anything else — a stale, foreign, truncated or corrupt file — is rebuilt from the list, and the
 * rebuilt index replaces it.
 *
 * Layout: "CPIDX001", header length (u32 LE), header JSON, then the sections, each at an 8-byte boundary;
 * typed arrays first, string tables last, so the typed arrays can be views into one buffer that holds nothing
 * else (the string bytes are read apart and dropped once decoded).
 */
import { createHash, createHmac } from 'node:crypto';
import { promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ListScreener, type ScreenerOptions } from '../screening';
import { SnapshotReader, type Section, type SectionKind } from '../screening/snapshot';

const MAGIC = Buffer.from('CPIDX001', 'latin1');
const FORMAT = 1;
/** Libraries whose behaviour shapes the index (canonical identifiers, transliteration, domains). */
const DEPENDENCIES = ['ibantools', 'libphonenumber-js', 'tldts', 'transliteration'];
/** Cache files kept in the directory: the active list and the one before it (a rollback stays fast). */
const KEEP_FILES = 2;

interface SectionEntry {
  readonly name: string;
  readonly kind: SectionKind;
  readonly offset: number;
  readonly length: number;
}

interface Header {
  readonly format: number;
  readonly engine: string;
  readonly listVersion: string;
  /** The whole SHA-256 of the list file (the version shows only its first 64 bits). */
  readonly listSha256: string;
  readonly key: string | null;
  readonly postingsCap: number | null;
  readonly entries: number;
  readonly checksum: string;
  /** Body bytes holding typed arrays; the string tables follow up to bodyBytes. */
  readonly typedBytes: number;
  readonly bodyBytes: number;
  readonly sections: readonly SectionEntry[];
  readonly values: Record<string, number | string | boolean>;
}

export type CacheOutcome = 'hit' | 'missing' | 'stale' | 'corrupt';

let engineFingerprint: string | undefined;

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    // Packages whose exports hide package.json: look upwards from their entry point.
    try {
      for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const file = path.join(dir, 'package.json');
        try {
          const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
          if (pkg.name === name && pkg.version !== undefined) return pkg.version;
        } catch {
          // no package.json at this level
        }
      }
    } catch {
      // not resolvable: the fingerprint says so
    }
    return 'unknown';
  }
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string, rel: string): void {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) hashTree(hash, full, `${rel}${name}/`);
    else if (!name.endsWith('.map')) hash.update(`${rel}${name}\0`).update(readFileSync(full)).update('\0');
  }
}

/**
 * What produced an index: the screening code and the list reading and validation as they are on disk
 * (compiled or not), the libraries they rely on, and the Unicode data of this Node (NFKC and case folding come
 * from ICU).
 */
export function indexEngineFingerprint(): string {
  if (engineFingerprint === undefined) {
    const hash = createHash('sha256');
    hashTree(hash, path.join(__dirname, '..', 'screening'), 'screening/');
    hashTree(hash, __dirname, 'watchlist/');
    for (const dep of DEPENDENCIES) hash.update(`${dep}@${packageVersion(dep)}\0`);
    hash.update(`unicode ${process.versions.unicode ?? ''} icu ${process.versions.icu ?? ''}`);
    engineFingerprint = hash.digest('hex').slice(0, 32);
  }
  return engineFingerprint;
}

function keyFingerprint(key: Uint8Array | undefined): string | null {
  return key === undefined ? null : createHmac('sha256', key).update('chokepoint index cache').digest('hex').slice(0, 16);
}

export function cacheFileOf(dir: string, version: string): string {
  return path.join(dir, `${version.replace(':', '-')}.idx`);
}

const align8 = (n: number): number => (n + 7) & ~7;

/** Writes the screener's index for this list version (atomically: a reader never sees a half-written file). */
export async function writeIndexCache(
  dir: string,
  screener: ListScreener,
  options: { version: string; listSha256: string; hmacKey?: Uint8Array; postingsCap?: number; entries: number },
): Promise<void> {
  const w = screener.snapshot();
  const typed = w.sections.filter((s) => s.kind !== 'utf8');
  const strings = w.sections.filter((s) => s.kind === 'utf8');
  const entries: SectionEntry[] = [];
  const parts: Uint8Array[] = [];
  const checksum = createHash('sha256');
  let offset = 0;
  const place = (s: Section): void => {
    const padding = align8(offset) - offset;
    if (padding > 0) {
      const pad = new Uint8Array(padding);
      parts.push(pad);
      checksum.update(pad);
      offset += padding;
    }
    entries.push({ name: s.name, kind: s.kind, offset, length: s.bytes.byteLength });
    parts.push(s.bytes);
    checksum.update(s.bytes);
    offset += s.bytes.byteLength;
  };
  for (const s of typed) place(s);
  const typedBytes = align8(offset);
  if (typedBytes > offset) {
    const pad = new Uint8Array(typedBytes - offset);
    parts.push(pad);
    checksum.update(pad);
    offset = typedBytes;
  }
  for (const s of strings) place(s);
  const header: Header = {
    format: FORMAT,
    engine: indexEngineFingerprint(),
    listVersion: options.version,
    listSha256: options.listSha256,
    key: keyFingerprint(options.hmacKey),
    postingsCap: options.postingsCap ?? null,
    entries: options.entries,
    checksum: checksum.digest('hex'),
    typedBytes,
    bodyBytes: offset,
    sections: entries,
    values: w.values,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(align8(MAGIC.length + 4 + json.length));
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(json.length, MAGIC.length);
  json.copy(prefix, MAGIC.length + 4);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = cacheFileOf(dir, options.version);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writev([prefix, ...parts]);
  } catch (e) {
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  await fs.rename(tmp, file);
  await prune(dir, file);
}

/** Keeps the newest KEEP_FILES cache files (by use: a hit touches its file) and no leftover temporary files. */
async function prune(dir: string, keep: string): Promise<void> {
  const names = await fs.readdir(dir);
  const files: { file: string; mtime: number }[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.endsWith('.tmp')) {
      // Another process may be writing it right now: only old ones are leftovers of a crash.
      const st = await fs.stat(file).catch(() => undefined);
      if (st !== undefined && Date.now() - st.mtimeMs > 3_600_000) await fs.rm(file, { force: true });
    } else if (name.endsWith('.idx') && file !== keep) {
      const st = await fs.stat(file).catch(() => undefined);
      if (st !== undefined) files.push({ file, mtime: st.mtimeMs });
    }
  }
  files.sort((a, b) => b.mtime - a.mtime);
  for (const f of files.slice(KEEP_FILES - 1)) await fs.rm(f.file, { force: true });
}

/**
 * The screener kept for this list version, or why there is none. Every check of the file comment is made;
 * the file itself is left alone here (the rebuild replaces it).
 */
export async function readIndexCache(
  dir: string,
  options: ScreenerOptions & { listSha256: string },
): Promise<{ outcome: 'hit'; screener: ListScreener; entries: number } | { outcome: Exclude<CacheOutcome, 'hit'>; reason: string }> {
  const file = cacheFileOf(dir, options.version);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    return { outcome: 'missing', reason: 'no cached index for this list version' };
  }
  try {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(Math.min(size, MAGIC.length + 4));
    await handle.read(head, 0, head.length, 0);
    if (head.length < MAGIC.length + 4 || !head.subarray(0, MAGIC.length).equals(MAGIC)) return { outcome: 'corrupt', reason: 'not an index cache file' };
    const headerLength = head.readUInt32LE(MAGIC.length);
    if (MAGIC.length + 4 + headerLength > size) return { outcome: 'corrupt', reason: 'truncated header' };
    const json = Buffer.alloc(headerLength);
    await handle.read(json, 0, headerLength, MAGIC.length + 4);
    let header: Header;
    try {
      header = JSON.parse(json.toString('utf8')) as Header;
    } catch {
      return { outcome: 'corrupt', reason: 'unreadable header' };
    }
    if (header.format !== FORMAT) return { outcome: 'stale', reason: `format ${String(header.format)}, expected ${FORMAT}` };
    if (header.engine !== indexEngineFingerprint()) return { outcome: 'stale', reason: 'built by other screening code' };
    if (header.listVersion !== options.version || header.listSha256 !== options.listSha256) return { outcome: 'stale', reason: 'another list version' };
    if (header.key !== keyFingerprint(options.hmacKey)) return { outcome: 'stale', reason: 'built with another HMAC key' };
    if (header.postingsCap !== (options.postingsCap ?? null)) return { outcome: 'stale', reason: 'built with other options' };
    const now = (options.now ?? new Date()).getTime();
    const builtAt = Number(header.values.builtAtMs);
    const expiresFirst = Number(header.values.expiresFirstMs);
    if (!(builtAt <= now)) return { outcome: 'stale', reason: 'built later than the time screened at' };
    if (expiresFirst >= 0 && expiresFirst <= now) return { outcome: 'stale', reason: 'an indexed entry has expired since the build' };
    const bodyStart = align8(MAGIC.length + 4 + headerLength);
    if (!Number.isSafeInteger(header.bodyBytes) || bodyStart + header.bodyBytes !== size || !(header.typedBytes <= header.bodyBytes)) {
      return { outcome: 'corrupt', reason: 'size does not match the header' };
    }
    // Two buffers of their own (not from Node's pool): the typed arrays are views into the first, so it must
    // start aligned and hold nothing else; the second is dropped once the strings are decoded.
    const typedPart = Buffer.allocUnsafeSlow(header.typedBytes);
    const stringPart = Buffer.allocUnsafeSlow(header.bodyBytes - header.typedBytes);
    await readFully(handle, typedPart, bodyStart);
    await readFully(handle, stringPart, bodyStart + header.typedBytes);
    const checksum = createHash('sha256').update(typedPart).update(stringPart).digest('hex');
    if (checksum !== header.checksum) return { outcome: 'corrupt', reason: 'checksum mismatch' };
    const sections = new Map<string, Section>();
    for (const s of header.sections) {
      if (!(s.offset >= 0 && s.length >= 0 && s.offset + s.length <= header.bodyBytes))
        return { outcome: 'corrupt', reason: `section ${s.name} out of bounds` };
      const inTyped = s.offset + s.length <= header.typedBytes;
      const bytes = inTyped
        ? typedPart.subarray(s.offset, s.offset + s.length)
        : stringPart.subarray(s.offset - header.typedBytes, s.offset - header.typedBytes + s.length);
      sections.set(s.name, { name: s.name, kind: s.kind, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    }
    try {
      const { listSha256: _, ...screenerOptions } = options;
      const screener = ListScreener.restore(new SnapshotReader(sections, header.values), screenerOptions);
      if (screener.entryCount !== header.entries) return { outcome: 'corrupt', reason: 'entry count does not match the header' };
      // The newest use first when pruning.
      await fs.utimes(file, new Date(), new Date()).catch(() => undefined);
      return { outcome: 'hit', screener, entries: header.entries };
    } catch (e) {
      return { outcome: 'corrupt', reason: `cannot be restored (${e instanceof Error ? e.message : String(e)})` };
    }
  } finally {
    await handle.close();
  }
}

async function readFully(handle: fs.FileHandle, into: Buffer, position: number): Promise<void> {
  // One read is at most 2 GiB and may return less than asked.
  for (let done = 0; done < into.length;) {
    const { bytesRead } = await handle.read(into, done, Math.min(into.length - done, 1 << 30), position + done);
    if (bytesRead === 0) throw new Error('unexpected end of file');
    done += bytesRead;
  }
}
