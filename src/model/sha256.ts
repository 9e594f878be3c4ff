import * as crypto from 'node:crypto';

/** SHA-256 in hex: Node's one-shot crypto.hash where it exists (20.12 and later), else a Hash object. Same digest. */
export const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'hex') : (data) => crypto.createHash('sha256').update(data).digest('hex');
