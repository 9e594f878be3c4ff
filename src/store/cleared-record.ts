/**
 * What rescreening keeps of one forward unit (a message's cleared transactions, or a released hold): its payments,
 * sealed under the unit's id (the AAD), so a record copied under another key does not open there. Written by the
 * accept's own script (message-store) or after a release (rescreen-store), read by rescreening.
 */
import type { ClearedPayment } from '../model/rescreen';
import type { PayloadSealer } from './sealed-payload';

const context = (unitId: string) => `cleared:${unitId}`;

/**
 * The sealed envelope as bytes: kept for the whole lookback, one per cleared unit, so the base64 of the envelope (a
 * third more) was the largest value an accept wrote (Redis input, append-only file, memory).
 */
export function sealCleared(sealer: PayloadSealer, unitId: string, payments: readonly ClearedPayment[]): Buffer {
  return sealer.seal(JSON.stringify(payments), context(unitId));
}

/** Opens a record `sealCleared` made, or one written before as the envelope's base64 text. */
export function openCleared(sealer: PayloadSealer, unitId: string, sealed: Buffer): ClearedPayment[] {
  const text = isBase64Envelope(sealed) ? sealer.openText(sealed.toString('latin1'), context(unitId)) : sealer.open(sealed, context(unitId));
  return JSON.parse(text) as ClearedPayment[];
}

/** The base64 of an envelope starts with these characters (of "\0CPE"); an envelope's own first byte is NUL. */
const BASE64_MARK = Buffer.from('AENQR', 'latin1');

function isBase64Envelope(sealed: Buffer): boolean {
  return sealed.subarray(0, BASE64_MARK.length).equals(BASE64_MARK);
}
