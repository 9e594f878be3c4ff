/**
 * What changed between two versions of a list, entry by entry: added (an id the old list did not have), removed
 * (an id the new one does not have) and changed (same id, different content). Entries are compared by their
 * canonical JSON (keys sorted), so a list written again with its keys in another order changes nothing.
 *
 * Three streaming passes (old: id → digest; new: compare; old again: the entries that were removed or changed),
 * so only the ids and 16-byte digests of the old list are held, not its entries: a million entries cost about
 * 100 MB for the time of the diff.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../model/audit';
import type { WatchlistEntry } from '../screening/types';
import { forEachEntry } from './list-files';

export interface ListDiff {
  readonly added: WatchlistEntry[];
  readonly removed: WatchlistEntry[];
  readonly changed: { readonly entry: WatchlistEntry; readonly previous: WatchlistEntry }[];
  readonly before: number;
  readonly after: number;
}

function digestOf(entry: WatchlistEntry): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('base64').slice(0, 22);
}

export async function diffLists(beforeFile: string, afterFile: string): Promise<ListDiff> {
  const digests = new Map<string, string>();
  await forEachEntry(beforeFile, (e) => digests.set(e.id, digestOf(e)));
  const before = digests.size;
  const added: WatchlistEntry[] = [];
  const changedNew = new Map<string, WatchlistEntry>();
  let after = 0;
  await forEachEntry(afterFile, (e) => {
    after++;
    const old = digests.get(e.id);
    if (old === undefined) added.push(e);
    else {
      if (old !== digestOf(e)) changedNew.set(e.id, e);
      digests.delete(e.id);
    }
  });
  // What is left of the old ids was removed.
  const removed: WatchlistEntry[] = [];
  const changed: { entry: WatchlistEntry; previous: WatchlistEntry }[] = [];
  if (digests.size > 0 || changedNew.size > 0) {
    await forEachEntry(beforeFile, (e) => {
      if (digests.has(e.id)) removed.push(e);
      const now = changedNew.get(e.id);
      if (now !== undefined) changed.push({ entry: now, previous: e });
    });
  }
  return { added, removed, changed, before, after };
}

/** The ids of a list (for the plausibility of a refreshed source), and the SHA-256 (hex) of its bytes. */
export async function idsOf(file: string, fileName?: string): Promise<{ ids: Set<string>; sha256: string }> {
  const ids = new Set<string>();
  const sha256 = await forEachEntry(file, (e) => ids.add(e.id), fileName);
  return { ids, sha256 };
}
