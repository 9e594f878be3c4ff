/**
 * A queue-worker process that starts while Redis is failing over (a Cluster primary killed, its replica not yet
 * promoted; a Sentinel switch) meets errors that last seconds: "Too many Cluster redirections", "Connection is closed",
 * NOT_READY. Exiting on them only has the parent start another process a second later, which meets the same
 * failover (and an operator's `chokepoint work` would stay down). So the start is tried again, with a growing pause,
 * until it succeeds or `giveUpAfterMs` has passed. An error that names a mistake rather than a passing state (a
 * configuration, a sealing key: every AppError but NOT_READY) ends the start at once: trying again cannot mend it.
 */
import { isAppError } from '../errors/app-error';

export interface StartUntilUpOptions {
  giveUpAfterMs: number;
  /** Called before each pause with what failed (its name and code only: the message may quote an address). */
  onRetry: (failure: { attempt: number; error: string; code?: string; waitMs: number }) => void;
  /** False once trying again is pointless (the parent that would use this process is gone). */
  stillWanted?: () => boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 5_000;

export function mayPass(e: unknown): boolean {
  return isAppError(e) ? e.code === 'NOT_READY' : true;
}

export async function startUntilUp<T>(start: () => Promise<T>, o: StartUntilUpOptions): Promise<T> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = now() + o.giveUpAfterMs;
  let pause = FIRST_PAUSE_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (e) {
      if (!mayPass(e) || now() + pause > deadline || (o.stillWanted && !o.stillWanted())) throw e;
      const code = (e as { code?: unknown }).code;
      o.onRetry({ attempt, error: e instanceof Error ? e.name : typeof e, ...(typeof code === 'string' ? { code } : {}), waitMs: pause });
      await sleep(pause);
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }
}
