// Array.prototype methods that call a callback per element — ECMA-262 §23.1.3: forEach, map,
// filter, some, every, find, findIndex, findLast, findLastIndex, reduce, reduceRight.
// The helpers of array-common.ts re-read the array on every step, so a callback that grows,
// shrinks or rewrites the array sees the spec's behaviour: the length is read once, elements are
// read (and holes tested) when visited.
import { UNDEFINED, EXCEPTION, EMPTY, TRUE, FALSE, fromF64 } from "../value";
import { saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { isCallable } from "../object/function";
import { throwTypeError } from "../errors";
import { ToBoolean } from "../ops/conversion";
import { Call } from "../ops/call";
import { arg, defineMethod } from "./native";
import {
  toObject, lengthOf, getIfPresent, getAt, createAt, ArraySpeciesCreate, throwNotCallable,
} from "./array-common";

const FOR_EACH: i32 = 0;
const MAP: i32 = 1;
const FILTER: i32 = 2;
const SOME: i32 = 3;
const EVERY: i32 = 4;
const FIND: i32 = 5;       // FIND.. and later read holes as undefined instead of skipping them
const FIND_INDEX: i32 = 6;
const FIND_LAST: i32 = 7;  // FIND_LAST.. visit from the end
const FIND_LAST_INDEX: i32 = 8;

/** The shared loop of §23.1.3.15 forEach, .21 map, .8 filter, .29 some, .6 every, .9 find,
 *  .10 findIndex, .11 findLast, .12 findLastIndex. */
function iterate(kind: i32, thisv: i64, argv: usize, argc: i32, msg: string): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, msg);
  if (o == EXCEPTION) return EXCEPTION;
  // Slots: 0-2 the callback's arguments (the callee may overwrite them), 3 O, 4 the result
  // array, 5 the element, kept for filter/find after the call.
  const slots = reserveSlots(6);
  store<i64>(slots, o, 24);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const fn = arg(argv, argc, 0);
  if (!isCallable(fn)) { restoreSp(sp0); return throwNotCallable(fn); }
  const thisArg = arg(argv, argc, 1);
  let a: i64 = UNDEFINED;
  if (kind == MAP || kind == FILTER) {
    a = ArraySpeciesCreate(o, kind == MAP ? len : 0);
    if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(slots, a, 32);
  }
  const backward = kind >= FIND_LAST;
  let to: f64 = 0;
  for (let i: f64 = 0; i < len; i++) {
    const k = backward ? len - 1 - i : i;
    const v = kind >= FIND ? getAt(o, k) : getIfPresent(o, k);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (v == EMPTY) continue;
    store<i64>(slots, v);
    store<i64>(slots, fromF64(k), 8);
    store<i64>(slots, o, 16);
    store<i64>(slots, v, 40);
    const r = Call(fn, thisArg, slots, 3);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    switch (kind) {
      case MAP:
        if (createAt(a, k, r) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
        break;
      case FILTER:
        if (ToBoolean(r)) {
          if (createAt(a, to, load<i64>(slots, 40)) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
          to++;
        }
        break;
      case SOME:
        if (ToBoolean(r)) { restoreSp(sp0); return TRUE; }
        break;
      case EVERY:
        if (!ToBoolean(r)) { restoreSp(sp0); return FALSE; }
        break;
      case FIND:
      case FIND_LAST:
        if (ToBoolean(r)) { const found = load<i64>(slots, 40); restoreSp(sp0); return found; }
        break;
      case FIND_INDEX:
      case FIND_LAST_INDEX:
        if (ToBoolean(r)) { restoreSp(sp0); return fromF64(k); }
        break;
    }
  }
  restoreSp(sp0);
  switch (kind) {
    case MAP: case FILTER: return a;
    case SOME: return FALSE;
    case EVERY: return TRUE;
    case FIND_INDEX: case FIND_LAST_INDEX: return fromF64(-1);
  }
  return UNDEFINED;
}

function Array_forEach(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(FOR_EACH, thisv, argv, argc, "Array.prototype.forEach called on null or undefined");
}
function Array_map(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(MAP, thisv, argv, argc, "Array.prototype.map called on null or undefined");
}
function Array_filter(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(FILTER, thisv, argv, argc, "Array.prototype.filter called on null or undefined");
}
function Array_some(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(SOME, thisv, argv, argc, "Array.prototype.some called on null or undefined");
}
function Array_every(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(EVERY, thisv, argv, argc, "Array.prototype.every called on null or undefined");
}
function Array_find(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(FIND, thisv, argv, argc, "Array.prototype.find called on null or undefined");
}
function Array_findIndex(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(FIND_INDEX, thisv, argv, argc, "Array.prototype.findIndex called on null or undefined");
}
function Array_findLast(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(FIND_LAST, thisv, argv, argc, "Array.prototype.findLast called on null or undefined");
}
function Array_findLastIndex(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iterate(FIND_LAST_INDEX, thisv, argv, argc, "Array.prototype.findLastIndex called on null or undefined");
}

/** §23.1.3.24 reduce and §23.1.3.25 reduceRight. */
function reduce(right: bool, thisv: i64, argv: usize, argc: i32, msg: string): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, msg);
  if (o == EXCEPTION) return EXCEPTION;
  // Slots: 0-3 the callback's arguments (accumulator, element, index, O), 4 O, 5 accumulator.
  const slots = reserveSlots(6);
  store<i64>(slots, o, 32);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const fn = arg(argv, argc, 0);
  if (!isCallable(fn)) { restoreSp(sp0); return throwNotCallable(fn); }
  const step: f64 = right ? -1 : 1;
  let k: f64 = right ? len - 1 : 0;
  let acc: i64 = EMPTY;
  if (argc >= 2) {
    acc = load<i64>(argv, 8);
  } else {
    for (; k >= 0 && k < len && acc == EMPTY; k += step) {
      acc = getIfPresent(o, k);
      if (acc == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    }
    if (acc == EMPTY) { restoreSp(sp0); return throwTypeError("Reduce of empty array with no initial value"); }
  }
  store<i64>(slots, acc, 40);
  for (; k >= 0 && k < len; k += step) {
    const v = getIfPresent(o, k);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (v == EMPTY) continue;
    store<i64>(slots, load<i64>(slots, 40));
    store<i64>(slots, v, 8);
    store<i64>(slots, fromF64(k), 16);
    store<i64>(slots, o, 24);
    const r = Call(fn, UNDEFINED, slots, 4);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(slots, r, 40);
  }
  const result = load<i64>(slots, 40);
  restoreSp(sp0);
  return result;
}

function Array_reduce(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return reduce(false, thisv, argv, argc, "Array.prototype.reduce called on null or undefined");
}
function Array_reduceRight(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return reduce(true, thisv, argv, argc, "Array.prototype.reduceRight called on null or undefined");
}

export function initArrayIteration(proto: usize): void {
  defineMethod(proto, "forEach", 1, Array_forEach);
  defineMethod(proto, "map", 1, Array_map);
  defineMethod(proto, "filter", 1, Array_filter);
  defineMethod(proto, "some", 1, Array_some);
  defineMethod(proto, "every", 1, Array_every);
  defineMethod(proto, "find", 1, Array_find);
  defineMethod(proto, "findIndex", 1, Array_findIndex);
  defineMethod(proto, "findLast", 1, Array_findLast);
  defineMethod(proto, "findLastIndex", 1, Array_findLastIndex);
  defineMethod(proto, "reduce", 1, Array_reduce);
  defineMethod(proto, "reduceRight", 1, Array_reduceRight);
}
