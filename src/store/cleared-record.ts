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
  return sealer.seal(encodeCleared(payments), context(unitId));
}

/** Opens a record `sealCleared` made, or one written before as the envelope's base64 text or as JSON objects. */
export function openCleared(sealer: PayloadSealer, unitId: string, sealed: Buffer): ClearedPayment[] {
  const text = isBase64Envelope(sealed) ? sealer.openText(sealed.toString('latin1'), context(unitId)) : sealer.open(sealed, context(unitId));
  return decodeCleared(text);
}

/**
 * The payments as JSON arrays, not objects: [COMPACT, messageId, msgId, forwardId, clearedAt, forwardMsgId or 0,
 * payments], a payment [index, endToEndId, txId or 0, uetr or 0, instant 1/0, fields], its payee fields flat, seven
 * values each: path, role, kind, value, issuer, partyType, partyRef (0 when absent). The unit's ids and time are
 * written once. Field names were most of the JSON of the objects (1.7 KB for a single-transaction message, kept for
 * the whole lookback in Redis and its append-only file); a unit whose payments do not share them (never made so)
 * is written as the objects.
 */
const COMPACT = 2;
const FIELD_VALUES = 7;

export function encodeCleared(payments: readonly ClearedPayment[]): string {
  const first = payments[0];
  if (first === undefined || !payments.every((p) => sameUnit(p, first))) return JSON.stringify(payments);
  const out: unknown[] = [COMPACT, first.messageId, first.msgId, first.forwardId, first.clearedAt, first.forwardMsgId ?? 0];
  for (const p of payments) {
    const fields: (string | 0)[] = [];
    for (const f of p.payee) fields.push(f.path, f.role, f.kind, f.value, f.issuer ?? 0, f.partyType ?? 0, f.partyRef ?? 0);
    out.push([p.index, p.endToEndId, p.txId ?? 0, p.uetr ?? 0, p.instant ? 1 : 0, fields]);
  }
  return JSON.stringify(out);
}

function sameUnit(p: ClearedPayment, first: ClearedPayment): boolean {
  return (
    p.messageId === first.messageId &&
    p.msgId === first.msgId &&
    p.forwardId === first.forwardId &&
    p.clearedAt === first.clearedAt &&
    p.forwardMsgId === first.forwardMsgId
  );
}

type CompactPayment = [number, string, string | 0, string | 0, 0 | 1, (string | 0)[]];

export function decodeCleared(text: string): ClearedPayment[] {
  const parsed = JSON.parse(text) as unknown[];
  if (parsed[0] !== COMPACT) return parsed as ClearedPayment[];
  const [, messageId, msgId, forwardId, clearedAt, forwardMsgId] = parsed as [number, string, string, string, string, string | 0];
  const out: ClearedPayment[] = [];
  for (let n = 6; n < parsed.length; n++) {
    const [index, endToEndId, txId, uetr, instant, fields] = parsed[n] as CompactPayment;
    const payee: ClearedPayment['payee'] = [];
    for (let i = 0; i < fields.length; i += FIELD_VALUES) {
      const [path, role, kind, value, issuer, partyType, partyRef] = fields.slice(i, i + FIELD_VALUES) as string[];
      payee.push({
        path: path!,
        role: role!,
        kind: kind!,
        value: value!,
        ...(issuer ? { issuer } : {}),
        ...(partyType ? { partyType: partyType as 'organisation' | 'person' } : {}),
        ...(partyRef ? { partyRef } : {}),
      });
    }
    out.push({
      messageId,
      index,
      msgId,
      ...(forwardMsgId ? { forwardMsgId } : {}),
      endToEndId,
      ...(txId ? { txId } : {}),
      ...(uetr ? { uetr } : {}),
      forwardId,
      clearedAt,
      instant: instant === 1,
      payee,
    });
  }
  return out;
}

/** The base64 of an envelope starts with these characters (of "\0CPE"); an envelope's own first byte is NUL. */
const BASE64_MARK = Buffer.from('AENQR', 'latin1');

function isBase64Envelope(sealed: Buffer): boolean {
  return sealed.subarray(0, BASE64_MARK.length).equals(BASE64_MARK);
}
