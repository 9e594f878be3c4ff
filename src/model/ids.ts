import { createHash, randomFillSync } from 'node:crypto';

/**
 * The random part of ids, drawn from the CSPRNG a few hundred at a time: a call per id (a system call each) cost more
 * than the rest of making it (profile of the accept path, which makes two or three per message). Each id still gets
 * 64 bits of its own, used once.
 */
const ID_POOL = 256;
const pool = Buffer.alloc(8 * ID_POOL);
let pooled = ID_POOL;

/**
 * Gateway ids: a one-letter kind, the time in base 36 (so ids sort by creation), and 64 random bits.
 * 'm' message, 'h' hold, 'r' status report, 'p' post-hoc review item.
 */
export function newId(kind: 'm' | 'h' | 'r' | 'p' | 'x'): string {
  if (pooled === ID_POOL) {
    randomFillSync(pool);
    pooled = 0;
  }
  const at = 8 * pooled++;
  return `${kind}${Date.now().toString(36)}${pool.toString('hex', at, at + 8)}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A MsgId (Max35Text) derived deterministically from a gateway-internal id, for the messages the gateway builds
 * itself (split forwards, released holds, status reports). Deterministic so that a retried build after a crash
 * produces the same message, and the core's duplicate check sees the same id.
 */
export function derivedMsgId(prefix: 'CPF' | 'CPS', internalId: string): string {
  const digest = createHash('sha256').update(internalId).digest();
  let out = prefix;
  let bits = 0;
  let value = 0;
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 35) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= 35) break;
  }
  return out;
}
