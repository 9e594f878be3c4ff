/**
 * The tokens file and what is done with it: generated on a first start without TOKENS_FILE, read again while the
 * gateway runs (a token created or revoked takes effect within a second, no restart), and edited by
 * `chokepoint tokens create|list|revoke`. Tokens this code makes are stored as their SHA-256 only; their values are
 * shown once — to the operator's terminal, or in a separate owner-only file for the operator to collect — never logged.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { createWholeFile, replaceWholeFile } from '../files/whole-file';
import { type Permission, type Role, type TokensFile, parseTokensFile, tokenDigest } from './tokens';

export interface PlainToken {
  readonly token: string;
  readonly role: Role;
  readonly name: string;
}

/** Tokens a first start generated: their values, shown once, and the owner-only file that holds them. */
export interface GeneratedTokens {
  readonly tokens: readonly PlainToken[];
  readonly path: string;
}

/** What `tokens list` shows of an entry: never the token, nor its hash. */
export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly created?: string;
  readonly permissions: readonly Permission[];
  /** 'hash': only the SHA-256 is stored; 'plaintext': the file holds the token itself (written by an operator). */
  readonly stored: 'hash' | 'plaintext';
}

/** TOKENS_FILE, or DATA_DIR/tokens.json. */
export function tokensPath(o: { tokensFile?: string | undefined; dataDir: string }): string {
  return o.tokensFile ?? path.join(o.dataDir, 'tokens.json');
}

/** Where a first start without TOKENS_FILE leaves the generated tokens' values (mode 0600) for the operator. */
export function initialTokensPath(dataDir: string): string {
  return path.join(dataDir, 'tokens.initial.json');
}

/** 32 random bytes: a token that needs no slow hash, its SHA-256 is enough. */
export function newToken(): string {
  return `cp_${randomBytes(32).toString('base64url')}`;
}

function hashedEntry(t: PlainToken & { permissions?: readonly Permission[] }, now: Date): TokensFile['tokens'][number] {
  const sha256 = tokenDigest(t.token);
  return {
    id: sha256.slice(0, 12),
    name: t.name,
    role: t.role,
    ...(t.permissions?.length ? { permissions: [...t.permissions] } : {}),
    created: now.toISOString(),
    sha256,
  };
}

export async function readTokensFile(file: string): Promise<TokensFile> {
  const text = await fs.readFile(file, 'utf8').catch((e: Error) => {
    throw new AppError('CONFIG_INVALID', `${file}: cannot be read (${e.message})`);
  });
  return parseTokensFile(text, file);
}

/** Owner-only, whole or not at all (written aside, then renamed over the file). */
async function writeTokensFile(file: string, content: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await replaceWholeFile(file, JSON.stringify(content, null, 2) + '\n');
}

/**
 * Reads the tokens file; without TOKENS_FILE and without DATA_DIR/tokens.json (a first start), generates one submitter,
 * two reviewer and one admin token: their hashes into tokens.json, their values into tokens.initial.json (0600).
 * `generated` lists the values so the caller can show them once.
 */
export async function loadTokens(
  o: { tokensFile?: string | undefined; dataDir: string },
  now = new Date(),
): Promise<{ file: TokensFile; path: string; signature: string; generated?: GeneratedTokens }> {
  const file = tokensPath(o);
  const exists = await fs.access(file).then(
    () => true,
    () => false,
  );
  if (exists || o.tokensFile) return { ...(await readSigned(file)), path: file };
  const tokens: PlainToken[] = [
    { token: newToken(), role: 'submitter', name: 'hub' },
    { token: newToken(), role: 'reviewer', name: 'reviewer-1' },
    { token: newToken(), role: 'reviewer', name: 'reviewer-2' },
    { token: newToken(), role: 'admin', name: 'admin' },
  ];
  await fs.mkdir(o.dataDir, { recursive: true, mode: 0o700 });
  const initial = initialTokensPath(o.dataDir);
  await writeTokensFile(initial, { tokens });
  // Never overwrite a file another process created in the meantime (then that one is read), never show it half written.
  const written = await createWholeFile(file, JSON.stringify({ tokens: tokens.map((t) => hashedEntry(t, now)) }, null, 2) + '\n');
  if (!written) {
    await fs.rm(initial, { force: true });
    return { ...(await readSigned(file)), path: file };
  }
  return { ...(await readSigned(file)), path: file, generated: { tokens, path: initial } };
}

/** What tells one version of the file from the next without reading it (see watchTokensFile). */
async function signatureOf(file: string): Promise<string> {
  const st = await fs.stat(file);
  return `${st.ino}:${st.size}:${st.mtimeMs}`;
}

/**
 * The file with the signature taken before it was read: a change made after the read then differs from the
 * signature and is read again by the watcher; one made between the two is read now, and at worst read twice.
 */
async function readSigned(file: string): Promise<{ file: TokensFile; signature: string }> {
  const signature = await signatureOf(file);
  return { file: await readTokensFile(file), signature };
}

export function tokenInfo(t: TokensFile['tokens'][number]): TokenInfo {
  const sha256 = t.sha256 ?? tokenDigest(t.token!);
  return {
    id: t.id ?? sha256.slice(0, 12),
    name: t.name,
    role: t.role,
    ...(t.created ? { created: t.created } : {}),
    permissions: t.permissions ?? [],
    stored: t.sha256 ? 'hash' : 'plaintext',
  };
}

export async function listTokens(file: string): Promise<TokenInfo[]> {
  return (await readTokensFile(file)).tokens.map(tokenInfo);
}

/** Adds a token (its hash) to the file, creating the file if there is none; returns the value, shown once. */
export async function createToken(
  file: string,
  o: { name: string; role: Role; permissions?: readonly Permission[] },
  now = new Date(),
): Promise<{ token: string; info: TokenInfo }> {
  const current = await fs.access(file).then(
    () => readTokensFile(file),
    () => ({ tokens: [] }) as TokensFile,
  );
  if (current.tokens.some((t) => t.name === o.name))
    throw new AppError('CONFIG_INVALID', `${file}: a token named "${o.name}" exists already; revoke it first or choose another name`);
  const token = newToken();
  const entry = hashedEntry({ token, ...o }, now);
  const next = { ...current, tokens: [...current.tokens, entry] };
  parseTokensFile(JSON.stringify(next), file);
  await writeTokensFile(file, next);
  return { token, info: tokenInfo(entry) };
}

/** Removes the token with this id or name; the running gateway stops accepting it within a second. */
export async function revokeToken(file: string, idOrName: string): Promise<TokenInfo> {
  const current = await readTokensFile(file);
  const found = current.tokens.find((t) => tokenInfo(t).id === idOrName || t.name === idOrName);
  if (!found) throw new AppError('NOT_FOUND', `${file}: no token with the id or name "${idOrName}" (chokepoint tokens list shows them)`);
  const rest = current.tokens.filter((t) => t !== found);
  if (rest.length === 0) throw new AppError('CONFIG_INVALID', `${file}: "${idOrName}" is the last token; create another one first`);
  await writeTokensFile(file, { ...current, tokens: rest });
  return tokenInfo(found);
}

/**
 * Reads the file again whenever it changes (checked every `intervalMs`: its size, time and inode), so that a token
 * created or revoked takes effect without a restart. `since` is the signature of the reading in force (loadTokens'):
 * without it the first check would take a change made between that reading and the check for the baseline, and a
 * token revoked at start-up would stay in force. A file that does not parse keeps the tokens in force and is
 * reported. Returns the stop function.
 */
export function watchTokensFile(
  file: string,
  onChange: (tokens: TokensFile) => void,
  onError: (e: Error) => void,
  intervalMs = 1_000,
  since?: string,
): () => void {
  let last: string | undefined = since;
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const sig = await signatureOf(file);
      const changed = last !== undefined && sig !== last;
      last = sig;
      if (changed) onChange(await readTokensFile(file));
    } catch (e) {
      onError(e as Error);
    } finally {
      busy = false;
    }
  };
  // check() reports its own failures to onError; a rejection left is onError's own throw, handed to the process's
  // last resort like any other uncaught error rather than dropped.
  const run = (): void => {
    check().catch((e: unknown) =>
      setImmediate(() => {
        throw e;
      }),
    );
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
