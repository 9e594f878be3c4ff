/**
 * The share of new requests a shedding rule admits (loop-utilisation.ts, sojourn.ts). A request is admitted while
 * its credit allows: an exact share without randomness, spread evenly. The share applies once `engageAt` requests
 * were in progress at once, and lets go when it is back at 1; the rule that owns it decides how it moves (`scale`).
 */
export class AdmittedShare {
  private current = 1;
  private credit = 0;
  private engaged = false;

  constructor(private readonly bounds: { minShare: number; engageAt: number }) {}

  /** Whether the request arriving now, with `inFlight` others in progress, is within the share; `always`: admitted regardless. */
  admit(inFlight: number, always = false): boolean {
    if (!this.engaged && inFlight >= this.bounds.engageAt) this.engaged = true;
    if (!this.engaged || this.current >= 1 || always) return true;
    this.credit += this.current;
    if (this.credit < 1) return false;
    this.credit -= 1;
    return true;
  }

  get isEngaged(): boolean {
    return this.engaged;
  }

  /** The share of new requests admitted (0–1). */
  get value(): number {
    return this.current;
  }

  /** The share times `factor`, kept within minShare and 1; back at 1, it lets go unless `letGo` is false. */
  scale(factor: number, letGo = true): void {
    this.current = Math.max(this.bounds.minShare, Math.min(1, this.current * factor));
    if (this.current === 1 && letGo) {
      this.engaged = false;
      this.credit = 0;
    }
  }
}
