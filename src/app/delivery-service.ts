/**
 * Deliveries of what the gateway sends out: cleared payments to the core and status reports to the hub. What the
 * operator sees of them: the dead letters (deliveries the core refused, or that ran out of retries).
 */
import type { MessageStore } from '../store/message-store';

export class DeliveryService {
  constructor(private readonly d: { store: MessageStore }) {}

  /** GET /v1/forwards/dead-letters, oldest first. */
  deadLetters(): Promise<Record<string, unknown>[]> {
    return this.d.store.deadLetters();
  }
}
