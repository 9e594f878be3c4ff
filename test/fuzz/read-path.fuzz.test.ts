/**
 * The read-path fuzz target inside `npm test`: 10,000 generated and mutated inputs (npm run fuzz runs 1,000,000).
 * No exception but AppError, no input over the time bound, RSS bounded, and every free value of every accepted
 * message offered to screening.
 */
import { runCampaign } from './campaign';

jest.setTimeout(180_000);

test('10,000 inputs of the read path keep every invariant', () => {
  const result = runCampaign({ count: 10_000, maxRssGrowthMb: 1_000 });
  expect(result.inputs).toBe(10_000);
  // the generator reaches both sides: accepted messages (screened) and refusals of several kinds
  expect(result.outcomes.accepted).toBeGreaterThan(1_000);
  expect(Object.keys(result.outcomes).length).toBeGreaterThan(5);
});
