/**
 * A pure function of a word, kept per word: the same payment and listed words come again and again. Bounded: once
 * `limit` words are kept the store is emptied, which costs less than tracking recency, and a busy process refills
 * what it uses within a few thousand screenings.
 */
export function boundedMemo<V>(limit: number, compute: (word: string) => V): (word: string) => V {
  const kept = new Map<string, V>();
  return (word) => {
    let v = kept.get(word);
    if (v === undefined) {
      v = compute(word);
      if (kept.size >= limit) kept.clear();
      kept.set(word, v);
    }
    return v;
  };
}
