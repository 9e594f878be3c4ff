/**
 * A stable sort for the short arrays of one query (a token's keys, a name pair's token pairings, the best dozen
 * candidates): in place by insertion, where Array.prototype.sort allocates a work array on every call — at
 * thousands of queries a second that garbage is collected over and over. Stable like Array.prototype.sort, so
 * for the same comparator the order is the same. Longer arrays go to Array.prototype.sort.
 */
const INSERTION_MAX = 32;

export function sortSmall<T>(a: T[], compare: (x: T, y: T) => number): T[] {
  if (a.length > INSERTION_MAX) return a.sort(compare);
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && compare(a[j], x) > 0) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}
