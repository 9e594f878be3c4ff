/**
 * Personal data at rest: what a store keeps of a payment (the original message, a hold's payee data) is sealed with
 * AES-256-GCM before it is written, and opened after it is read. Lua scripts see opaque bytes; Redis, its
 * append-only file and its snapshots hold no plaintext.
 *
 * Envelope (binary): "\0CPE" · version 1 · key-id length · key id · 12-byte random IV · 16-byte tag · ciphertext.
 * The key id travels with each record, so keys rotate: records are written under the current key and read under
 * whichever configured key they name. The additional authenticated data is the header and a `context` naming the
 * record (e.g. "msg:<id>:raw"): a changed byte, a truncated record or a ciphertext moved to another record fails
 * the check. No text a store kept before encryption starts with NUL, so old plaintext records are told apart from
 * envelopes and still read (see openBytes).
 *
 * Any store that keeps payment data reuses this module with its own contexts.
 */
import { type KeyObject, createCipheriv, createDecipheriv, createHash, createSecretKey, randomBytes, randomFillSync } from 'node:crypto';
import { AppError } from '../errors/app-error';

export interface SealKey {
  /** Stored with each record: printable, at most 32 characters. */
  readonly id: string;
  /** 32 bytes. */
  readonly key: Buffer;
}

/** The configured keys: `current` seals, every key (current included) opens. */
export interface KeyRing {
  readonly current: SealKey;
  readonly keys: readonly SealKey[];
}

const MAGIC = Buffer.from([0x00, 0x43, 0x50, 0x45]);
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;
/** First character of a value written before encryption: XML (raw bodies) or JSON (hold bodies). */
const PLAINTEXT_START = /^[\s<{\uFEFF]/;

/**
 * IVs are drawn from the CSPRNG a few hundred at a time: one call per IV cost more than the AES of a small record
 * (profile of the accept path). Each IV is still 12 random bytes used once; the pool lives in process memory only.
 */
const IV_POOL = 256;

export class PayloadSealer {
  private readonly byId: ReadonlyMap<string, SealKey>;
  /** The keys as key objects, made once: a cipher made from raw key bytes imports them again each time. */
  private readonly secrets: ReadonlyMap<string, KeyObject>;
  private readonly currentSecret: KeyObject;
  private readonly header: Buffer;
  private readonly ivs = Buffer.alloc(IV_BYTES * IV_POOL);
  private ivAt = IV_POOL;

  constructor(readonly ring: KeyRing) {
    this.byId = new Map(ring.keys.map((k) => [k.id, k]));
    this.secrets = new Map(ring.keys.map((k) => [k.id, createSecretKey(k.key)]));
    this.currentSecret = createSecretKey(ring.current.key);
    const id = Buffer.from(ring.current.id, 'ascii');
    this.header = Buffer.concat([MAGIC, Buffer.from([VERSION, id.length]), id]);
  }

  get currentKeyId(): string {
    return this.ring.current.id;
  }

  /** Seals bytes (or a string, as UTF-8) for the record named by `context`. */
  seal(plain: string | Uint8Array, context: string): Buffer {
    const iv = this.nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.currentSecret, iv);
    cipher.setAAD(Buffer.concat([this.header, Buffer.from(context, 'utf8')]));
    // bytes first: cipher.update(string) is markedly slower on large bodies
    const body = cipher.update(typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain);
    cipher.final(); // GCM: nothing more to output
    return Buffer.concat([this.header, iv, cipher.getAuthTag(), body]);
  }

  /** 12 fresh random bytes (a copy: the pool is refilled in place). */
  private nextIv(): Buffer {
    if (this.ivAt === IV_POOL) {
      randomFillSync(this.ivs);
      this.ivAt = 0;
    }
    const at = IV_BYTES * this.ivAt++;
    return Buffer.from(this.ivs.subarray(at, at + IV_BYTES));
  }

  /** The envelope as base64, for fields read with other text fields (a hold's body among its hash's strings). */
  sealText(plain: string, context: string): string {
    return this.seal(plain, context).toString('base64');
  }

  /**
   * Opens what `seal` made. A value without the envelope's marker that starts like text (a record written before
   * encryption) is returned as it is; anything else that does not open is RECORD_UNREADABLE or RECORD_KEY_UNKNOWN.
   */
  openBytes(sealed: Buffer, context: string): Buffer {
    if (!sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
      // "?CPE": an envelope whose first byte was changed, not text
      const marked = sealed.subarray(1, MAGIC.length).equals(MAGIC.subarray(1));
      if (!marked && PLAINTEXT_START.test(sealed.subarray(0, 4).toString('utf8'))) return sealed;
      throw unreadable(context, 'it is not a sealed record');
    }
    const idLength = sealed[MAGIC.length + 1] ?? 0;
    const headerLength = MAGIC.length + 2 + idLength;
    if (sealed[MAGIC.length] !== VERSION) throw unreadable(context, `unknown envelope version ${sealed[MAGIC.length]}`);
    if (sealed.length < headerLength + IV_BYTES + TAG_BYTES) throw unreadable(context, 'it is truncated');
    const id = sealed.subarray(MAGIC.length + 2, headerLength).toString('ascii');
    const key = this.byId.get(id);
    if (!key) {
      throw new AppError(
        'RECORD_KEY_UNKNOWN',
        `The stored ${context} is sealed under key "${KEY_ID.test(id) ? id : '?'}", which is not configured: add it to ENCRYPTION_KEY or ENCRYPTION_KEY_FILE as an older key`,
      );
    }
    const iv = sealed.subarray(headerLength, headerLength + IV_BYTES);
    const tag = sealed.subarray(headerLength + IV_BYTES, headerLength + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.secrets.get(id)!, iv);
    decipher.setAAD(Buffer.concat([sealed.subarray(0, headerLength), Buffer.from(context, 'utf8')]));
    decipher.setAuthTag(tag);
    try {
      const plain = decipher.update(sealed.subarray(headerLength + IV_BYTES + TAG_BYTES));
      decipher.final(); // checks the tag; GCM outputs nothing more
      return plain;
    } catch {
      throw unreadable(context, 'it failed its integrity check (changed, truncated, or taken from another record)');
    }
  }

  /** openBytes, as UTF-8 text. */
  open(sealed: Buffer, context: string): string {
    return this.openBytes(sealed, context).toString('utf8');
  }

  /** Opens what `sealText` made (or a plaintext value written before encryption). */
  openText(sealed: string, context: string): string {
    if (PLAINTEXT_START.test(sealed)) return sealed;
    return this.open(Buffer.from(sealed, 'base64'), context);
  }
}

function unreadable(context: string, why: string): AppError {
  return new AppError('RECORD_UNREADABLE', `The stored ${context} cannot be read: ${why}`);
}

/** A fresh random key, under the id derived from it. */
export function generateKey(): SealKey {
  const key = randomBytes(KEY_BYTES);
  return { id: derivedKeyId(key), key };
}

/**
 * The id of a key given without one: a short hash of the key. It names the key in records and logs without revealing
 * anything usable about it, and stays the same wherever the same key is configured.
 */
export function derivedKeyId(key: Buffer): string {
  return `k${createHash('sha256').update('chokepoint key id\0').update(key).digest('hex').slice(0, 8)}`;
}

/** `[id:]key` as a line of a key file (base64). */
export function formatKey(k: SealKey): string {
  return `${k.id}:${k.key.toString('base64')}`;
}

/**
 * A key list: entries separated by commas or line breaks, each `key` or `id:key`, the key as 64 hex digits or as
 * base64 of 32 bytes; '#' starts a comment line. The first entry is the current key (it seals), the others are older
 * keys kept for reading. `source` names where the text came from in errors (never the key itself).
 */
export function parseKeyRing(text: string, source: string): KeyRing {
  const keys: SealKey[] = [];
  const entries = text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((e) => e.trim())
    .filter(Boolean);
  entries.forEach((entry, n) => {
    const sep = entry.lastIndexOf(':');
    const id = sep >= 0 ? entry.slice(0, sep).trim() : undefined;
    const key = decodeKey(sep >= 0 ? entry.slice(sep + 1).trim() : entry);
    const where = `${source}: key ${n + 1}`;
    if (!key) throw new AppError('CONFIG_INVALID', `${where}: expected ${KEY_BYTES} bytes as 64 hex digits or base64 (optionally "id:" in front)`);
    if (id !== undefined && !KEY_ID.test(id)) throw new AppError('CONFIG_INVALID', `${where}: the key id must be 1-32 of A-Z a-z 0-9 . _ -`);
    const k = { id: id ?? derivedKeyId(key), key };
    if (keys.some((o) => o.id === k.id)) throw new AppError('CONFIG_INVALID', `${where}: the key id "${k.id}" is used twice`);
    keys.push(k);
  });
  if (keys.length === 0) throw new AppError('CONFIG_INVALID', `${source}: no key`);
  return { current: keys[0]!, keys };
}

function decodeKey(text: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  const key = Buffer.from(text, 'base64');
  return key.length === KEY_BYTES ? key : undefined;
}
