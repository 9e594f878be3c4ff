/**
 * One owner per DATA_DIR: `chokepoint serve` holds DATA_DIR/owner.lock for as long as it runs. The folder holds the
 * embedded Redis, the outbox and the tokens of one gateway; a second gateway started on it by mistake would adopt
 * (and on its way out stop) the first one's Redis. So a second start is refused at once, naming the owner.
 *
 * The lock file records the owner (pid, the process's start time as the kernel reports it, host, address). It is
 * created atomically (written aside, then hard-linked into place, which fails when the name exists), so a reader never
 * sees half a record. A lock whose process is gone — or whose pid now belongs to another process, told by its start
 * time — is stale (left by a crash) and taken over; the takeover is serialised by a mkdir mutex so that two starts
 * after a crash cannot both remove it.
 */
import { readFileSync } from 'node:fs';
import { promises as fs, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWholeFile, replaceWholeFile } from '../files/whole-file';

export interface DataDirOwner {
  readonly pid: number;
  /** The process's start time in clock ticks since boot (Linux /proc): tells a reused pid from the owner. */
  readonly processStart?: string;
  readonly host: string;
  readonly since: string;
  /** Where it listens, once it does. */
  readonly url?: string;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: DataDirOwner,
  ) {
    const where = owner.host === os.hostname() ? '' : ` on host ${owner.host}`;
    const url = owner.url ? `, listening on ${owner.url}` : ', still starting';
    super(
      `DATA_DIR ${dataDir} is in use by another gateway: pid ${owner.pid}${where} (since ${owner.since}${url}). Stop it first, or give this one another DATA_DIR` +
        (where ? ` (if that host is gone, delete ${lockFile(dataDir)})` : ''),
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Records where the owner listens (shown to a second start). */
  setUrl(url: string): Promise<void>;
  release(): Promise<void>;
}

export function lockFile(dataDir: string): string {
  return path.join(dataDir, 'owner.lock');
}

/** Takes DATA_DIR for this process, or throws DataDirInUseError naming the running owner. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = lockFile(dataDir);
  let owner: DataDirOwner = { pid: process.pid, ...startOf(process.pid), host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    if (await create(file, owner)) break;
    const found = await readOwner(file);
    if (found && isRunning(found)) throw new DataDirInUseError(dataDir, found);
    if (attempt >= 20) throw new Error(`could not take ${file}: it keeps changing`);
    await removeStale(file, found);
  }
  // A crash (an uncaught exception ending the process) still removes it; a SIGKILL leaves it stale, taken over later.
  const onExit = () => {
    try {
      if (readOwnerSync(file)?.pid === process.pid) unlinkSync(file);
    } catch {
      /* gone */
    }
  };
  process.once('exit', onExit);
  let released = false;
  return {
    file,
    async setUrl(url: string) {
      if (released) return;
      owner = { ...owner, url };
      await replaceWholeFile(file, JSON.stringify(owner) + '\n');
    },
    async release() {
      if (released) return;
      released = true;
      process.off('exit', onExit);
      if ((await readOwner(file))?.pid === process.pid) await fs.rm(file, { force: true });
    },
  };
}

function create(file: string, owner: DataDirOwner): Promise<boolean> {
  return createWholeFile(file, JSON.stringify(owner) + '\n');
}

async function removeStale(file: string, judged: DataDirOwner | undefined): Promise<void> {
  const mutex = `${file}.takeover`;
  try {
    await fs.mkdir(mutex);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    // Another start is taking over right now; a mutex older than a few seconds was left by a crash in between.
    const age =
      Date.now() -
      (await fs.stat(mutex).then(
        (s) => s.mtimeMs,
        () => Date.now(),
      ));
    if (age > 5_000) await fs.rm(mutex, { recursive: true, force: true });
    else await new Promise((r) => setTimeout(r, 50));
    return;
  }
  try {
    const now = await readOwner(file);
    // Still the record judged stale (not a fresh lock another start created meanwhile): remove it.
    if (now?.pid === judged?.pid && now?.processStart === judged?.processStart) await fs.rm(file, { force: true });
  } finally {
    await fs.rm(mutex, { recursive: true, force: true });
  }
}

function parseOwner(text: string): DataDirOwner | undefined {
  try {
    const o = JSON.parse(text) as DataDirOwner;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? o : undefined;
  } catch {
    return undefined;
  }
}

async function readOwner(file: string): Promise<DataDirOwner | undefined> {
  return parseOwner(await fs.readFile(file, 'utf8').catch(() => ''));
}

function readOwnerSync(file: string): DataDirOwner | undefined {
  try {
    return parseOwner(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The owner still runs: same host, its pid alive and (where the kernel says) started when the lock was taken. */
function isRunning(owner: DataDirOwner): boolean {
  // Another host's process cannot be checked from here: held, and the message says how to clear it.
  if (owner.host !== os.hostname()) return true;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = startOf(owner.pid).processStart;
  return owner.processStart === undefined || start === undefined || start === owner.processStart;
}

/** Field 22 of /proc/<pid>/stat (start time since boot); nothing on systems without /proc. */
function startOf(pid: number): { processStart?: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start ? { processStart: start } : {};
  } catch {
    return {};
  }
}
