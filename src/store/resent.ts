import { randomBytes } from 'node:crypto';

/**
 * A write sent again after its answer was lost. ioredis keeps every command whose connection dropped before the
 * answer and writes it again once it is connected (autoResendUnfulfilledCommands), however long that takes, also a
 * command Redis had already run. The writes of the payment path check inside their script whether they ran before
 * (docs/architecture.md, "A write whose answer was lost") and then change nothing; they tell it here, with ids only.
 */
export type ResentLog = (write: string, ids: Readonly<Record<string, string | number>>) => void;

export const ignoreResent: ResentLog = () => undefined;

/** A call's own nonce, for a script to tell its own earlier run from another call's (64 random bits). */
export function callNonce(): string {
  return randomBytes(8).toString('hex');
}
