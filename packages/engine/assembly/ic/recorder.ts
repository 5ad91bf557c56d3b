// The recorder of the instrumented build (`pgo record`): at every IC site it counts which stub
// kind (ic/stubs.generated.ts, from layout/stubs.mjs) with which field values would have served
// each hit, how many hits no stub serves (fallback), and for arithmetic and compare sites the
// operand types; per function it counts entries. Record-mode code calls the engine at every site
// (no inline fast paths), so every hit is seen. `rt_profile_dump` (ic/profile-dump.ts) writes it
// all out at exit.
//
// Per site, a Vector: [0] fallback hits, [1] entry count n, then n entries of ENTRY values:
//   kind, field 0, field 1, field 2, hits
// A stub entry's kind is its STUB_* id; an operand-type entry's kind is OPERANDS + left*16 + right.
// Fields are values: a shape or FunctionInfo cell boxed as an object (so the collector keeps it),
// a number, or a string (a builtin's or a primitive type's name).
import { CELL_ARRAY, CELL_FUNCTION, CELL_STRING, CELL_TYPED_ARRAY, PROP_ACCESSOR, PROP_WRITABLE, TA_KIND } from "../layout.generated";
import {
  UNDEFINED, NULL, isObject, isString, isNumber, isSymbol, isBigInt, isBoolean, boxObject, boxString, fromF64,
  toF64, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { markCell } from "../heap/gc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { newVector, vecGet, vecSet, vecGrow, vecCapacity } from "../object/vector";
import { objShape, objProto, getSlot } from "../object/object";
import { shapeLookup, shapeSlot, shapeAttrs, isDictionaryShape } from "../object/shape";
import { arrayLength } from "../object/array";
import { fnInfo, fnFlags, fnName, FF_NATIVE } from "../object/function";
import { A_length } from "../names";
import { StringPrototype, NumberPrototype } from "../realm";
import { internStatic } from "../string/atoms";
import { keyIndex } from "../ops/property";
import {
  STUB_GET_PROP_OWN_SLOT, STUB_GET_PROP_PROTO_SLOT, STUB_GET_PROP_ARRAY_LENGTH, STUB_GET_PROP_STRING_LENGTH,
  STUB_SET_PROP_OWN_SLOT, STUB_SET_PROP_ADD_SLOT, STUB_GET_ELEM_DENSE_ARRAY, STUB_GET_ELEM_TYPED_ARRAY,
  STUB_GET_ELEM_STRING_CHAR, STUB_SET_ELEM_DENSE_ARRAY, STUB_SET_ELEM_TYPED_ARRAY, STUB_CALL_FUNCTION,
  STUB_CALL_BUILTIN, STUB_NEW_FUNCTION, STUB_GET_PROP_PRIMITIVE_PROTO, STUB_GET_PROP_PROTO_GETTER,
  STUB_GET_PROP_FUNCTION_LENGTH,
  OPERAND_INT32, OPERAND_DOUBLE, OPERAND_STRING, OPERAND_BOOLEAN, OPERAND_UNDEFINED, OPERAND_NULL,
  OPERAND_OBJECT, OPERAND_SYMBOL, OPERAND_BIGINT,
} from "./stubs.generated";

export const ENTRY: u32 = 5;
export const OPERANDS: u32 = 0x100;
/** More distinct stubs than this at one site count as fallback hits (the site is megamorphic). */
const MAX_STUBS: u32 = 8;
const NONE: i64 = UNDEFINED;

/** Whether this is the instrumented build's engine run (set by rt_init). */
export let recording = false;
/** One record Vector (or UNDEFINED) per site; entry counts per function id. */
let siteRecords: usize = 0;
let functionEntries: usize = 0;
let functionCount: u32 = 0;

export function startRecording(sites: u32): void {
  recording = true;
  siteRecords = newVector(sites);
  for (let i: u32 = 0; i < sites; i++) vecSet(siteRecords, i, UNDEFINED);
  functionEntries = newVector(16);
}

export function markRecorderRoots(): void {
  markCell(siteRecords); markCell(functionEntries); markCell(branchCounts); markCell(loopCounts);
}
export function recordedSites(): usize { return siteRecords; }
export function recordedFunctions(): usize { return functionEntries; }
export function recordedFunctionCount(): u32 { return functionCount; }

// ---- Storage ----

function siteRecord(site: u32): usize {
  const r = vecGet(siteRecords, site);
  if (r != UNDEFINED) return ptr(r);
  const v = newVector(2 + 2 * ENTRY);
  vecSet(v, 0, fromF64(0));
  vecSet(v, 1, fromF64(0));
  vecSet(siteRecords, site, boxObject(v));
  return v;
}

function bump(v: usize, i: u32): void { vecSet(v, i, fromF64(toF64(vecGet(v, i)) + 1)); }

/** Count one hit of stub `kind` with fields f0..f2 at `site` (rooted here while the record grows). */
function hit(site: u32, kind: u32, f0: i64, f1: i64, f2: i64): void {
  const sp0 = saveSp();
  pushRoot(f0); pushRoot(f1); pushRoot(f2);
  let v = siteRecord(site);
  const n = <u32>toF64(vecGet(v, 1));
  for (let e: u32 = 0; e < n; e++) {
    const b = 2 + e * ENTRY;
    if (<u32>toF64(vecGet(v, b)) == kind && vecGet(v, b + 1) == f0 && vecGet(v, b + 2) == f1 && vecGet(v, b + 3) == f2) {
      bump(v, b + 4);
      restoreSp(sp0);
      return;
    }
  }
  if (n >= MAX_STUBS && kind < OPERANDS) { bump(v, 0); restoreSp(sp0); return; }
  const need: u32 = 2 + (n + 1) * ENTRY;
  if (need > vecCapacity(v)) {
    v = vecGrow(v, 2 + n * ENTRY, 2 + (n * 2 + 1) * ENTRY, UNDEFINED);
    vecSet(siteRecords, site, boxObject(v));
  }
  const b = 2 + n * ENTRY;
  vecSet(v, b, fromF64(<f64>kind));
  vecSet(v, b + 1, f0); vecSet(v, b + 2, f1); vecSet(v, b + 3, f2);
  vecSet(v, b + 4, fromF64(1));
  vecSet(v, 1, fromF64(<f64>(n + 1)));
  restoreSp(sp0);
}

function fallback(site: u32): void { bump(siteRecord(site), 0); }

// @ts-ignore: decorator
@inline function u32v(n: u32): i64 { return fromF64(<f64>n); }
// @ts-ignore: decorator
@inline function cellv(p: usize): i64 { return boxObject(p); }

// ---- What the sites report ----

/** GetProp at `site`: `base.key`, before the lookup. */
export function recordGetProp(site: u32, base: i64, key: usize): void {
  if (isString(base) && key == A_length) { hit(site, STUB_GET_PROP_STRING_LENGTH, NONE, NONE, NONE); return; }
  if (!isObject(base)) { recordPrimitiveProto(site, base, key); return; }
  const o = ptr(base);
  if (cellKind(o) == CELL_ARRAY && key == A_length) { hit(site, STUB_GET_PROP_ARRAY_LENGTH, NONE, NONE, NONE); return; }
  const shape = objShape(o);
  // A dictionary-mode receiver or holder is a fallback (megamorphic) hit, never a shape: its
  // shape names no keys, and no inline cache may hold it.
  if (isDictionaryShape(shape)) { fallback(site); return; }
  const node = shapeLookup(shape, key);
  if (node != 0) {
    if ((shapeAttrs(node) & PROP_ACCESSOR) != 0) { fallback(site); return; }
    hit(site, STUB_GET_PROP_OWN_SLOT, cellv(shape), u32v(shapeSlot(node)), NONE);
    return;
  }
  // A function's `length` is virtual (its FunctionInfo's), found before the prototype chain.
  if (cellKind(o) == CELL_FUNCTION && key == A_length) { hit(site, STUB_GET_PROP_FUNCTION_LENGTH, cellv(shape), NONE, NONE); return; }
  let p = objProto(o);
  let direct = true;
  while (isObject(p)) {
    const h = ptr(p);
    if (isDictionaryShape(objShape(h))) { fallback(site); return; }
    const hn = shapeLookup(objShape(h), key);
    if (hn != 0) {
      if ((shapeAttrs(hn) & PROP_ACCESSOR) != 0) recordProtoGetter(site, shape, h, hn, direct);
      else hit(site, STUB_GET_PROP_PROTO_SLOT, cellv(shape), cellv(objShape(h)), u32v(shapeSlot(hn)));
      return;
    }
    p = objProto(h);
    direct = false;
  }
  fallback(site);
}

/** An accessor found on holder `h` (shape node `node`): a stub when it is on the receiver's direct
 *  prototype and its getter is a function literal of the program (a native getter stays generic). */
function recordProtoGetter(site: u32, shape: usize, h: usize, node: usize, direct: bool): void {
  const getter = vecGet(ptr(getSlot(h, shapeSlot(node))), 0);
  if (!direct || !isObject(getter) || cellKind(ptr(getter)) != CELL_FUNCTION || (fnFlags(ptr(getter)) & FF_NATIVE) != 0) {
    fallback(site);
    return;
  }
  hit(site, STUB_GET_PROP_PROTO_GETTER, cellv(shape), cellv(objShape(h)), cellv(fnInfo(ptr(getter))));
}

/** `s.charCodeAt`, `n.toFixed`: a data property of the primitive's own prototype. */
function recordPrimitiveProto(site: u32, base: i64, key: usize): void {
  const proto = isString(base) ? StringPrototype : isNumber(base) ? NumberPrototype : 0;
  // A string's indices are its own (virtual) properties.
  if (proto == 0 || (isString(base) && keyIndex(key) >= 0) || isDictionaryShape(objShape(proto))) { fallback(site); return; }
  const node = shapeLookup(objShape(proto), key);
  if (node == 0 || (shapeAttrs(node) & PROP_ACCESSOR) != 0) { fallback(site); return; }
  const type = boxString(internStatic(isString(base) ? "string" : "number"));
  hit(site, STUB_GET_PROP_PRIMITIVE_PROTO, type, cellv(objShape(proto)), u32v(shapeSlot(node)));
}

/** SetProp at `site`, after the store: `shapeBefore` is the receiver's shape before it. */
export function recordSetProp(site: u32, base: i64, key: usize, shapeBefore: usize): void {
  if (!isObject(base)) { fallback(site); return; }
  const o = ptr(base);
  const shape = objShape(o);
  if (isDictionaryShape(shape) || (shapeBefore != 0 && isDictionaryShape(shapeBefore))) { fallback(site); return; }
  const node = shapeLookup(shape, key);
  if (node == 0 || (shapeAttrs(node) & (PROP_ACCESSOR | PROP_WRITABLE)) != PROP_WRITABLE) { fallback(site); return; }
  if (shape == shapeBefore) hit(site, STUB_SET_PROP_OWN_SLOT, cellv(shape), u32v(shapeSlot(node)), NONE);
  else if (shapeLookup(shapeBefore, key) == 0) hit(site, STUB_SET_PROP_ADD_SLOT, cellv(shapeBefore), cellv(shape), u32v(shapeSlot(node)));
  else fallback(site);
}

/** GetElem / SetElem at `site`: `obj[key]`, before the access. */
export function rec_elem(site: u32, obj: i64, key: i64, isSet: i32): void {
  if (!recording) return;
  if (isNumber(key)) {
    const d = toF64(key);
    const i = <u32>d;
    if (<f64>i == d) {
      if (isString(obj) && isSet == 0) { hit(site, STUB_GET_ELEM_STRING_CHAR, NONE, NONE, NONE); return; }
      if (isObject(obj)) {
        const o = ptr(obj);
        const kind = cellKind(o);
        if (kind == CELL_ARRAY && (i < arrayLength(o) || (isSet != 0 && i == arrayLength(o)))) {
          hit(site, isSet != 0 ? STUB_SET_ELEM_DENSE_ARRAY : STUB_GET_ELEM_DENSE_ARRAY, NONE, NONE, NONE);
          return;
        }
        if (kind == CELL_TYPED_ARRAY) {
          hit(site, isSet != 0 ? STUB_SET_ELEM_TYPED_ARRAY : STUB_GET_ELEM_TYPED_ARRAY, u32v(load<u32>(o, TA_KIND)), NONE, NONE);
          return;
        }
      }
    }
  }
  fallback(site);
}

/** Call or New at `site` with callee `f`, before the call. */
export function rec_call(site: u32, f: i64, isNew: i32): void {
  if (!recording) return;
  if (!isObject(f) || cellKind(ptr(f)) != CELL_FUNCTION) { fallback(site); return; }
  const fn = ptr(f);
  if ((fnFlags(fn) & FF_NATIVE) != 0) {
    const name = fnName(fn);
    if (isNew == 0 && name != 0 && cellKind(name) == CELL_STRING) { hit(site, STUB_CALL_BUILTIN, boxString(name), NONE, NONE); return; }
    fallback(site);
    return;
  }
  hit(site, isNew != 0 ? STUB_NEW_FUNCTION : STUB_CALL_FUNCTION, cellv(fnInfo(fn)), NONE, NONE);
}

function operandType(v: i64): u32 {
  if (isNumber(v)) {
    const d = toF64(v);
    return <f64><i32>d == d && !(d == 0 && 1 / d < 0) ? OPERAND_INT32 : OPERAND_DOUBLE;
  }
  if (isString(v)) return OPERAND_STRING;
  if (isBoolean(v)) return OPERAND_BOOLEAN;
  if (v == UNDEFINED) return OPERAND_UNDEFINED;
  if (v == NULL) return OPERAND_NULL;
  if (isSymbol(v)) return OPERAND_SYMBOL;
  if (isBigInt(v)) return OPERAND_BIGINT;
  return OPERAND_OBJECT;
}

/** Arith or Compare at `site` with operands a and b, before the operation. */
export function rec_operands(site: u32, a: i64, b: i64): void {
  if (!recording) return;
  hit(site, OPERANDS + operandType(a) * 16 + operandType(b), NONE, NONE, NONE);
}

// ---- Branches and loops: two counters each, [taken, not taken] / [entries, iterations] ----

let branchCounts: usize = 0;
let loopCounts: usize = 0;

/** Count hit `which` (0 or 1) of counter pair `id` in `v` (grown as needed); returns the vector. */
function countPair(v: usize, id: u32, which: u32): usize {
  const i = id * 2 + which;
  if (v == 0 || i >= vecCapacity(v)) {
    const used: u32 = v == 0 ? 0 : vecCapacity(v);
    const nv = v == 0 ? newVector(max(16, id * 2 + 2)) : vecGrow(v, used, id * 2 + 2, fromF64(0));
    for (let k = used; k < vecCapacity(nv); k++) vecSet(nv, k, fromF64(0));
    v = nv;
  }
  bump(v, i);
  return v;
}

/** `if` / `?:` number `id` with condition `cond`: counted, and passed through. */
export function rec_branch(id: u32, cond: i32): i32 {
  if (recording) branchCounts = countPair(branchCounts, id, cond != 0 ? 0 : 1);
  return cond;
}

/** Loop number `id`: entered (iteration 0) or one more iteration (1). */
export function rec_loop(id: u32, iteration: i32): void {
  if (recording) loopCounts = countPair(loopCounts, id, iteration != 0 ? 1 : 0);
}

export function recordedBranches(): usize { return branchCounts; }
export function recordedLoops(): usize { return loopCounts; }

/** Entry of function `id` (its FunctionScope id). */
export function rec_enter(id: u32): void {
  if (id >= vecCapacity(functionEntries)) {
    functionEntries = vecGrow(functionEntries, functionCount, max(id + 1, functionCount * 2), fromF64(0));
  }
  if (id >= functionCount) {
    for (let i = functionCount; i <= id; i++) vecSet(functionEntries, i, fromF64(0));
    functionCount = id + 1;
  }
  bump(functionEntries, id);
}

// ---- Exports for record-mode code (no-ops in other builds: `recording` stays false) ----

/** GetProp at `site`, before the access. */
export function rec_get_prop(site: u32, base: i64, key: usize): void {
  if (recording) recordGetProp(site, base, key);
}

/** The shape of `v` before a SetProp (0 for a primitive), passed back to rec_set_prop. */
export function rec_shape_of(v: i64): usize { return isObject(v) ? objShape(ptr(v)) : 0; }

/** SetProp at `site`, after the store. */
export function rec_set_prop(site: u32, base: i64, key: usize, shapeBefore: usize): void {
  if (recording) recordSetProp(site, base, key, shapeBefore);
}
