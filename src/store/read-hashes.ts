/**
 * Reads of several hashes of the gateway state's one slot, in one round trip, as one script with every key declared
 * (read-hashes.lua): on a Redis Cluster whose slot is migrating, each key is read where it is, or the read is refused
 * (TRYAGAIN) and sent again until it can be. A pipeline of HMGET/HGETALL is not safe there: after an ASK for some of
 * its commands ioredis resends all of them to the importing node, which answers a key not moved yet as missing.
 * Every multi-key read whose "missing" decides something goes through here.
 */
import type { RedisClient } from './redis';
import { defineScripts } from './scripts';

/** Fields of one hash to read; the arguments as one array (a large batch has more than a call can spread). */
export interface HashFields {
  key: string;
  fields: readonly string[];
}

function argsOf(reads: readonly HashFields[]): string[] {
  const args: string[] = [];
  for (const r of reads) {
    args.push(String(r.fields.length));
    for (const f of r.fields) args.push(f);
  }
  return args;
}

/** HMGET of each hash, as bytes: per read, its fields' values in order (null: no such field, or no such hash). */
export async function hmgetEachBuffer(redis: RedisClient, reads: readonly HashFields[]): Promise<(Buffer | null)[][]> {
  if (reads.length === 0) return [];
  if (reads.some((r) => r.fields.length === 0)) throw new Error('a hash read without fields');
  defineScripts(redis);
  return redis.cpReadHashesBuffer(
    reads.length,
    reads.map((r) => r.key),
    argsOf(reads),
  );
}

/** HGETALL of each hash ({} when it does not exist). */
export async function hgetallEach(redis: RedisClient, keys: readonly string[]): Promise<Record<string, string>[]> {
  if (keys.length === 0) return [];
  defineScripts(redis);
  const replies = await redis.cpReadHashes(keys.length, keys, argsOf(keys.map((key) => ({ key, fields: [] }))));
  return replies.map((flat) => {
    const h: Record<string, string> = {};
    for (let i = 0; i + 1 < flat.length; i += 2) h[flat[i]!] = flat[i + 1]!;
    return h;
  });
}
