/**
 * Whether a freshly read source looks like the list it replaces. A publisher's outage, a truncated download, a
 * format change or an error page served with 200 all read as a list that lost most of its entries; taking it would
 * silently stop screening against them. Such a reading is refused and the source's last good reading kept, until an
 * operator looks (the refusal is logged, audited and shown in GET /v1/watchlist and /metrics).
 */
export interface PlausibilityLimits {
  /** At most this share of the source's entries may disappear in one refresh (percent). */
  readonly maxRemovedPercent: number;
  /** At most this share of its records may be left out as unreadable (percent). */
  readonly maxSkippedPercent: number;
}

export interface SourceReading {
  /** Entries read now. */
  readonly entries: number;
  /** Records the reader (or the validation) left out. */
  readonly skipped: number;
  /** Entries of the last good reading that are not in this one (undefined: there is no last good reading). */
  readonly removed?: number;
  readonly previousEntries?: number;
}

const percent = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)} %`;

/** undefined when the reading may be taken, else why it is refused (no personal data: counts only). */
export function implausibility(r: SourceReading, limits: PlausibilityLimits): string | undefined {
  if (r.entries === 0) return r.previousEntries ? `the source shrank to nothing (it had ${r.previousEntries} entries)` : 'the source gave no entries';
  const records = r.entries + r.skipped;
  if (r.skipped > 0 && (100 * r.skipped) / records > limits.maxSkippedPercent) {
    return `${r.skipped} of ${records} records could not be read (${percent(r.skipped, records)}, more than ${limits.maxSkippedPercent} %): has the format changed?`;
  }
  if (r.removed !== undefined && r.previousEntries !== undefined && r.previousEntries > 0 && (100 * r.removed) / r.previousEntries > limits.maxRemovedPercent) {
    return `it would remove ${r.removed} of ${r.previousEntries} entries at once (${percent(r.removed, r.previousEntries)}, more than ${limits.maxRemovedPercent} %)`;
  }
  return undefined;
}
