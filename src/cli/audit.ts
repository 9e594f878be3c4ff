import { createWriteStream } from 'node:fs';
import type { Config } from '../config';
import { RedisAuditTrail } from '../store/audit-store';
import { RedisKeys } from '../store/keys';
import { createRedis, waitReady } from '../store/redis';
import { redisUrlFor } from './redis-target';

async function withTrail<T>(config: Config, fn: (t: RedisAuditTrail) => Promise<T>): Promise<T> {
  const redis = createRedis(await redisUrlFor(config), 'request', 'cli');
  try {
    await waitReady(redis);
    return await fn(new RedisAuditTrail(redis, new RedisKeys(config.redisPrefix)));
  } finally {
    redis.disconnect();
  }
}

/** Exit code 0 when the chain is intact, 2 when a link is broken (named on stdout). */
export async function auditVerify(config: Config): Promise<number> {
  return withTrail(config, async (t) => {
    const r = await t.verify();
    process.stdout.write(JSON.stringify(r) + '\n');
    return r.ok ? 0 : 2;
  });
}

export async function auditExport(config: Config, out?: string): Promise<void> {
  await withTrail(config, async (t) => {
    const sink: NodeJS.WritableStream = out ? createWriteStream(out, { mode: 0o600 }) : process.stdout;
    for await (const e of t.events()) {
      if (!sink.write(JSON.stringify(e) + '\n')) await new Promise((r) => sink.once('drain', r));
    }
    if (out) await new Promise<void>((resolve) => sink.end(() => resolve()));
  });
}
