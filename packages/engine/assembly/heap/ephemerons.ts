// WeakMap and WeakSet entries as ephemerons: an entry keeps its value alive only while its key is
// alive by other means. Marking does not trace a weak table (VEC_FLAG_WEAK); it keeps the table
// cell and lists it. Once the strong marking is done, `markEphemerons` marks the value of every
// entry whose key is marked, traces from it, and repeats until a round marks nothing new (a value
// can make another table's key live). `clearDeadEphemerons` then deletes the entries whose key
// stayed unmarked, before the sweep frees the key.
import { EMPTY } from "../value";
import { isLiveValue, markValue, traceMarked } from "./gc";
import {
  weakTableNext, setWeakTableNext, tableUsed, entryKey, weakEntryValue, deleteWeakEntry,
} from "../builtins/collections-table";

/** The weak tables met in this collection, linked through their forward slots; 0 ends the list. */
let weakTables: usize = 0;

export function resetEphemerons(): void { weakTables = 0; }

/** A weak table `t` was just marked (it was unmarked): list it instead of tracing it. */
export function noteWeakTable(t: usize): void {
  setWeakTableNext(t, weakTables);
  weakTables = t;
}

/** Mark the values of entries with live keys until nothing new is marked. */
export function markEphemerons(): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let t = weakTables; t != 0; t = weakTableNext(t)) {
      const used = tableUsed(t);
      for (let e: u32 = 0; e < used; e++) {
        const k = entryKey(t, e);
        if (k == EMPTY || !isLiveValue(k)) continue;
        const v = weakEntryValue(t, e);
        if (isLiveValue(v)) continue;
        markValue(v);
        changed = true;
      }
    }
    traceMarked(); // may list more weak tables: the next round sees them
  }
}

/** Delete the entries whose key died and unlink every listed table. */
export function clearDeadEphemerons(): void {
  let t = weakTables;
  while (t != 0) {
    const used = tableUsed(t);
    for (let e: u32 = 0; e < used; e++) {
      const k = entryKey(t, e);
      if (k != EMPTY && !isLiveValue(k)) deleteWeakEntry(t, e);
    }
    const next = weakTableNext(t);
    setWeakTableNext(t, 0);
    t = next;
  }
  weakTables = 0;
}
