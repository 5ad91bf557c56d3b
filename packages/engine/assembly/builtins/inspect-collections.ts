// util.inspect of Map, Set, WeakMap, WeakSet and the Map/Set iterators, ported from node 20's
// lib/internal/util/inspect.js: the braces formatRaw picks for them (getPrefix with the size,
// getIteratorBraces), formatMap, formatSet, formatWeakCollection, and formatIterator with
// formatMapIterInner / formatSetIterInner over previewEntries (which does not advance the
// iterator). Functions return a new string or output list, or 0 with an exception pending.
import { UNDEFINED, boxString, boxObject, ptr } from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import {
  COLL_MAP, COLL_SET, COLL_WEAKMAP, COLL_WEAKSET, COLL_MAP_ITERATOR, collectionKind, collectionSize,
  cursorInit, cursorNext, entryKey, entryValue,
} from "./collections-table";
import { iteratorCursor, iteratorKind, ITER_ENTRIES, ITER_KEYS, ITER_VALUES } from "./collections-iterator";
import {
  indent, listNew, listPush, listLen, kArrayExtrasType, kMaxArrayLength,
} from "./inspect-context";
import { sbAppendInt } from "./inspect-primitive";
import { getPrefix } from "./inspect-base";
import { reduceToSingleString } from "./inspect-layout";
import { formatValue } from "./inspect";

/** formatRaw's opening brace for a collection: "Map(2) {", "Set(0) {", "WeakMap {",
 *  "[Map Iterator] {", "[Map Entries] {" (an entries iterator), "[Set Iterator] {". */
export function collectionBrace(value: i64, ctor: usize): usize {
  const kind = collectionKind(value);
  let prefix: usize = 0;
  if (kind == COLL_MAP || kind == COLL_SET) {
    prefix = getPrefix(ctor, kind == COLL_MAP ? "Map" : "Set", <i64>collectionSize(ptr(value)));
  } else if (kind == COLL_WEAKMAP || kind == COLL_WEAKSET) {
    prefix = getPrefix(ctor, kind == COLL_WEAKMAP ? "WeakMap" : "WeakSet", -1);
  }
  const sp0 = saveSp();
  if (prefix != 0) pushRoot(boxString(prefix));
  const sb = sbOpen();
  if (prefix != 0) sbAppendString(sb, prefix);
  else {
    sbAppendStatic(sb, kind == COLL_MAP_ITERATOR ? "[Map " : "[Set ");
    sbAppendStatic(sb, iteratorKind(ptr(value)) == ITER_ENTRIES ? "Entries] " : "Iterator] ");
  }
  sbAppendStatic(sb, "{");
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

/** Whether a Map or Set with no own keys prints as just "Map(0) {}". */
export function collectionIsEmpty(value: i64): bool {
  const kind = collectionKind(value);
  return (kind == COLL_MAP || kind == COLL_SET) && collectionSize(ptr(value)) == 0;
}

/** "... n more item(s)" when `remaining` > 0. */
function pushRemaining(output: usize, remaining: i64): void {
  if (remaining <= 0) return;
  const sb = sbOpen();
  sbAppendStatic(sb, "... ");
  sbAppendInt(sb, remaining);
  sbAppendStatic(sb, remaining > 1 ? " more items" : " more item");
  listPush(output, sbFinish(sb));
}

// The entry loop's frame slots.
const L_CURSOR: usize = 0; // [table, index]
const L_OUTPUT: usize = 16;
const L_KEY: usize = 24;
const L_VALUE: usize = 32;
const L_TEXT: usize = 40;
const L_SLOTS: i32 = 6;

/** "k => v" (map) or "[ k, v ]" (entries iterator) from the rooted key and value in frame `f`. */
function formatPair(f: usize, recurseTimes: i32, arrow: bool): usize {
  const k = formatValue(load<i64>(f, L_KEY), recurseTimes);
  if (k == 0) return 0;
  store<i64>(f, boxString(k), L_TEXT);
  const v = formatValue(load<i64>(f, L_VALUE), recurseTimes);
  if (v == 0) return 0;
  const sp0 = saveSp();
  pushRoot(boxString(v));
  let r: usize;
  if (arrow) {
    const sb = sbOpen();
    sbAppendString(sb, ptr(load<i64>(f, L_TEXT)));
    sbAppendStatic(sb, " => ");
    sbAppendString(sb, v);
    r = sbFinish(sb);
  } else {
    const pair = listNew();
    pushRoot(boxObject(pair));
    listPush(pair, ptr(load<i64>(f, L_TEXT)));
    listPush(pair, v);
    r = reduceToSingleString(pair, internStatic(""), internStatic("["), 93, kArrayExtrasType,
      recurseTimes, UNDEFINED);
  }
  restoreSp(sp0);
  return r;
}

/** formatMap / formatSet over the live collection, and formatMapIterInner / formatSetIterInner
 *  over an iterator's remaining entries (a copy of its cursor: previewEntries does not advance
 *  it). The first kMaxArrayLength entries, then "... n more items". */
function formatEntries(value: i64, recurseTimes: i32): usize {
  const sp0 = saveSp();
  const f = reserveSlots(L_SLOTS);
  const kind = collectionKind(value);
  const o = ptr(value);
  let total: i64;
  // A Map reads as its entries, a Set as its values.
  let iterKind: u32 = kind == COLL_MAP ? ITER_ENTRIES : ITER_VALUES;
  if (kind == COLL_MAP || kind == COLL_SET) {
    cursorInit(f + L_CURSOR, o);
    total = <i64>collectionSize(o);
  } else {
    // previewEntries: count what is left from a copy of the cursor.
    const c = iteratorCursor(o);
    iterKind = iteratorKind(o);
    total = 0;
    if (load<i64>(c) != UNDEFINED) {
      store<i64>(f + L_CURSOR, load<i64>(c));
      store<i64>(f + L_CURSOR + 8, load<i64>(c + 8));
      while (cursorNext(f + L_CURSOR) >= 0) total++;
      store<i64>(f + L_CURSOR, load<i64>(c));
      store<i64>(f + L_CURSOR + 8, load<i64>(c + 8));
    }
  }
  const output = listNew();
  store<i64>(f, boxObject(output), L_OUTPUT);
  const maxLength = total < <i64>kMaxArrayLength ? total : <i64>kMaxArrayLength;
  const pairs = iterKind == ITER_ENTRIES;
  indent(2);
  for (let i: i64 = 0; i < maxLength; i++) {
    const e = cursorNext(f + L_CURSOR);
    if (e < 0) break;
    const t = ptr(load<i64>(f + L_CURSOR));
    store<i64>(f, entryKey(t, <u32>e), L_KEY);
    store<i64>(f, iterKind == ITER_KEYS ? entryKey(t, <u32>e) : entryValue(t, <u32>e), L_VALUE);
    const s = pairs ? formatPair(f, recurseTimes, kind == COLL_MAP)
      : formatValue(load<i64>(f, L_VALUE), recurseTimes);
    if (s == 0) { indent(-2); restoreSp(sp0); return 0; }
    listPush(ptr(load<i64>(f, L_OUTPUT)), s);
  }
  indent(-2);
  const r = ptr(load<i64>(f, L_OUTPUT));
  pushRemaining(r, total - maxLength);
  restoreSp(sp0);
  return r;
}

/** The output list of a collection's entries for formatRaw (its own keys follow). */
export function formatCollection(value: i64, recurseTimes: i32): usize {
  const kind = collectionKind(value);
  if (kind == COLL_WEAKMAP || kind == COLL_WEAKSET) {
    // formatWeakCollection: entries are not observable without showHidden.
    const sp0 = saveSp();
    const output = listNew();
    pushRoot(boxObject(output));
    listPush(output, internStatic("<items unknown>"));
    restoreSp(sp0);
    return output;
  }
  return formatEntries(value, recurseTimes);
}
