import { promises as fs } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const r = (globalThis as { __chokepointRedis?: { stop(): Promise<void>; dataDir: string } }).__chokepointRedis;
  if (!r) return;
  await r.stop();
  await fs.rm(r.dataDir, { recursive: true, force: true });
}
