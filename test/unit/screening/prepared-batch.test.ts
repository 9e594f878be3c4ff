import { ScreenerBuilder, type ListScreener } from '../../../src/screening';
import { BatchWriter } from '../../../src/screening/prepared-batch';
import { NOW, sampleEntries } from './sample-list';

/** Every section of the screener's snapshot, as text: equal texts are equal indexes. */
function sections(s: ListScreener): string {
  const w = s.snapshot();
  return JSON.stringify([w.values, w.sections.map((x) => [x.name, x.kind, Buffer.from(x.bytes).toString('base64')])]);
}

/** The sample list through batches of three entries; tokenise(k) says whether batch k carries tokens. */
function viaBatches(tokenise: (k: number) => boolean): ListScreener {
  const builder = new ScreenerBuilder({ version: 'test', now: NOW });
  const writer = new BatchWriter(NOW.getTime());
  const entries = sampleEntries();
  let k = 0;
  const flush = (): void => {
    const added = builder.addBatch(writer.take());
    expect(added.invalid).toBeUndefined();
  };
  entries.forEach((entry, i) => {
    if (writer.count === 0) writer.tokenise = tokenise(k++);
    writer.add(entry, i + 1);
    if (writer.count === 3) flush();
  });
  if (writer.count > 0) flush();
  return builder.build();
}

describe('prepared batches', () => {
  test('names tokenised by the sender or left to the receiver give the same index', () => {
    const tokenised = sections(viaBatches(() => true));
    expect(sections(viaBatches(() => false))).toBe(tokenised);
    expect(sections(viaBatches((k) => k % 2 === 0))).toBe(tokenised);
  });
});
