/**
 * A fuzz campaign: `count` inputs of the read-path target (read-path.ts), reproducible from `seed`. Counts outcomes
 * per error code, the slowest input, the peak RSS (sampled every 1,000 inputs), and stops at the first broken
 * invariant with the counterexample fast-check shrank it to.
 */
import fc from 'fast-check';
import { anyInput, runOne } from './read-path';

export interface CampaignResult {
  readonly inputs: number;
  readonly outcomes: Record<string, number>;
  readonly elapsedMs: number;
  readonly slowestMs: number;
  readonly peakRssMb: number;
}

export interface CampaignOptions {
  readonly count: number;
  readonly seed?: number;
  /**
   * RSS growth over the campaign's start above this is a broken invariant (bounded memory). Growth, not RSS: inside
   * jest the worker process already holds what earlier test files left (1.9 GB seen in CI), which says nothing of
   * the read path.
   */
  readonly maxRssGrowthMb?: number;
  readonly onProgress?: (done: number, result: CampaignResult) => void;
}

export function runCampaign(options: CampaignOptions): CampaignResult {
  const outcomes: Record<string, number> = {};
  let inputs = 0;
  let slowestMs = 0;
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const start = performance.now();
  const snapshot = (): CampaignResult => ({
    inputs,
    outcomes: { ...outcomes },
    elapsedMs: performance.now() - start,
    slowestMs,
    peakRssMb: Math.round(peakRss / 2 ** 20),
  });
  fc.assert(
    fc.property(anyInput, (input) => {
      const { outcome, ms } = runOne(input);
      inputs++;
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (ms > slowestMs) slowestMs = ms;
      if (inputs % 1000 === 0) {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        const grownMb = (peakRss - startRss) / 2 ** 20;
        if (options.maxRssGrowthMb !== undefined && grownMb > options.maxRssGrowthMb)
          throw new Error(`RSS grew by ${Math.round(grownMb)} MB, above the bound of ${options.maxRssGrowthMb} MB`);
        options.onProgress?.(inputs, snapshot());
      }
    }),
    { numRuns: options.count, ...(options.seed !== undefined ? { seed: options.seed } : {}), endOnFailure: false },
  );
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return snapshot();
}
