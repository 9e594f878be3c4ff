/**
 * What rescreening keeps of one forward unit (a message's cleared transactions, or a released hold): its payments,
 * sealed under the unit's id (the AAD), so a record copied under another key does not open there. Written by the
 * accept's own script (message-store) or after a release (rescreen-store), read by rescreening.
 */
import type { ClearedPayment } from '../model/rescreen';
import type { PayloadSealer } from './sealed-payload';

const context = (unitId: string) => `cleared:${unitId}`;

export function sealCleared(sealer: PayloadSealer, unitId: string, payments: readonly ClearedPayment[]): string {
  return sealer.sealText(JSON.stringify(payments), context(unitId));
}

export function openCleared(sealer: PayloadSealer, unitId: string, sealed: string): ClearedPayment[] {
  return JSON.parse(sealer.openText(sealed, context(unitId))) as ClearedPayment[];
}
