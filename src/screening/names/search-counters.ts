/**
 * Work done by the name search and the scorer, counted: figures for speed work that do not drift with the load
 * of the machine as times do (bench:match perf prints them per party). Counted per loop, not per element read,
 * so that counting costs next to nothing.
 */
export class SearchCounters {
  /** Payment names prepared, and searched (candidates()). */
  prepared = 0;
  searches = 0;
  /** Searches that ended before the costlier ones (GOOD_ENOUGH_RANK). */
  stoppedEarly = 0;
  /** Unknown words whose deep keys (split, two edits) were looked up (the search did not stop early). */
  deepSearches = 0;
  /** Keys (listed tokens) a search resolved the payment's words to, and postings read through them. */
  keys = 0;
  postings = 0;
  /** Pair-index buckets probed, and entries read in them (pairs of common tokens, initials, outlines). */
  pairProbes = 0;
  pairEntries = 0;
  /** Records touched by a search, and those whose name block creditCommon read. */
  touched = 0;
  blocksRead = 0;
  /**
   * Candidates returned for scoring; of them, the same listed name as an earlier one (its outcome taken), ruled out
   * by the bound, scored, and scored at or above the floor.
   */
  candidates = 0;
  alike = 0;
  boundedOut = 0;
  scored = 0;
  matched = 0;

  reset(): void {
    Object.assign(this, new SearchCounters());
  }
}
