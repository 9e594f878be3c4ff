/**
 * The entry ids a list load has seen, for its duplicate check: a million ids kept as one StringColumn under a
 * SlotTable, not as a million strings in the reading thread's heap that every major collection marks again.
 */
import { SlotTable } from '../screening/names/slot-table';
import { tokenHash } from '../screening/names/token-hash';
import { StringColumn } from '../screening/string-column';

export class IdSet {
  private readonly ids = new StringColumn();
  private readonly table = new SlotTable();

  /** Adds id; false when it was there already. */
  add(id: string): boolean {
    const hash = tokenHash(id);
    const { table } = this;
    for (let i = table.home(hash); table.slots[i + 1] !== 0; i = table.next(i)) {
      if (table.slots[i] === hash && this.ids.equals(table.slots[i + 1] - 1, id)) return false;
    }
    this.ids.push(id);
    this.table.add(hash);
    return true;
  }
}
