/**
 * Where a running `chokepoint serve` listens, kept in DATA_DIR/gateway.json while it runs (like redis.json for the
 * embedded Redis), so that tools started from the same folder — `npm run demo` — find it without being told.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface GatewayAddress {
  readonly url: string;
  readonly pid: number;
}

export function gatewayAddressFile(dataDir: string): string {
  return path.join(dataDir, 'gateway.json');
}

export async function writeGatewayAddress(dataDir: string, url: string): Promise<void> {
  const file = gatewayAddressFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(tmp, JSON.stringify({ url, pid: process.pid } satisfies GatewayAddress) + '\n', { mode: 0o600 });
  await fs.rename(tmp, file);
}

/** Removes the file if it is this process's (another gateway may have started on the same DATA_DIR since). */
export async function removeGatewayAddress(dataDir: string): Promise<void> {
  const found = await readGatewayAddress(dataDir);
  if (found?.pid === process.pid) await fs.rm(gatewayAddressFile(dataDir), { force: true });
}

/** The recorded address, if the process that wrote it still runs. */
export async function readGatewayAddress(dataDir: string): Promise<GatewayAddress | undefined> {
  let found: GatewayAddress;
  try {
    found = JSON.parse(await fs.readFile(gatewayAddressFile(dataDir), 'utf8')) as GatewayAddress;
  } catch {
    return undefined;
  }
  if (typeof found.url !== 'string' || typeof found.pid !== 'number') return undefined;
  try {
    process.kill(found.pid, 0);
  } catch (e) {
    // EPERM: it runs, under another user
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return found;
}
