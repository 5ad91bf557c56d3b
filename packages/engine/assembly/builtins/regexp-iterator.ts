// %RegExpStringIteratorPrototype% — ECMA-262 §22.2.9: the iterator String.prototype.matchAll
// returns. A CELL_REGEXP_STRING_ITERATOR object whose OBJ_AUX is the boxed state vector
// [matcher, string, global, unicode, done].
import { CELL_REGEXP_STRING_ITERATOR, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import {
  UNDEFINED, NULL, EXCEPTION, EMPTY, TRUE, FALSE, isObject, boxObject, boxString, fromBool, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength } from "../string/string";
import { OrdinaryObjectCreate, allocObject } from "../object/object";
import { newVector, vecGet, vecSet } from "../object/vector";
import { ObjectPrototype } from "../realm";
import { defineMethod } from "./native";
import { throwIncompatible } from "./collections-common";
import { CreateIterResultObject } from "../ops/iteration";
import { IteratorPrototype } from "./iterator-prototypes";
import { defineToStringTag } from "./symbol";
import { RegExpExec } from "../regexp/regexp-exec";
import { RegExpStringIteratorPrototype, setRegExpStringIteratorPrototype } from "../regexp/regexp-object";
import { matchedString, advanceAfterEmpty } from "./regexp-string";

const I_MATCHER: u32 = 0;
const I_STRING: u32 = 1;
const I_GLOBAL: u32 = 2;
const I_UNICODE: u32 = 3;
const I_DONE: u32 = 4;

/** CreateRegExpStringIterator(R, S, global, fullUnicode) — §22.2.9.1. */
export function createRegExpStringIterator(r: i64, s: usize, global: bool, unicode: bool): i64 {
  const sp0 = saveSp();
  pushRoot(r);
  pushRoot(boxString(s));
  const state = newVector(5);
  vecSet(state, I_MATCHER, r);
  vecSet(state, I_STRING, boxString(s));
  vecSet(state, I_GLOBAL, fromBool(global));
  vecSet(state, I_UNICODE, fromBool(unicode));
  vecSet(state, I_DONE, FALSE);
  pushRoot(boxObject(state));
  const it = allocObject(CELL_REGEXP_STRING_ITERATOR, OBJ_AUX_BYTES, boxObject(RegExpStringIteratorPrototype));
  store<i64>(it, boxObject(state), OBJ_AUX);
  restoreSp(sp0);
  return boxObject(it);
}

export function isRegExpStringIterator(v: i64): bool {
  return isObject(v) && cellKind(ptr(v)) == CELL_REGEXP_STRING_ITERATOR;
}

/** The next match of iterator `it` (rooted by the caller), EMPTY when done, or EXCEPTION. */
export function regexpStringIteratorStep(it: usize): i64 {
  const state = ptr(load<i64>(it, OBJ_AUX));
  if (vecGet(state, I_DONE) == TRUE) return EMPTY;
  const r = vecGet(state, I_MATCHER);
  const s = ptr(vecGet(state, I_STRING));
  const match = RegExpExec(r, s);
  if (match == EXCEPTION) return EXCEPTION;
  if (match == NULL || vecGet(state, I_GLOBAL) == FALSE) {
    vecSet(state, I_DONE, TRUE);
    return match == NULL ? EMPTY : match;
  }
  const sp0 = saveSp();
  pushRoot(match);
  const m = matchedString(match);
  if (m == 0) { restoreSp(sp0); return EXCEPTION; }
  if (strLength(m) == 0 && !advanceAfterEmpty(r, s, vecGet(state, I_UNICODE) == TRUE)) {
    restoreSp(sp0); return EXCEPTION;
  }
  restoreSp(sp0);
  return match;
}

/** %RegExpStringIteratorPrototype%.next() — §22.2.9.2.1. */
function RegExpStringIterator_next(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isRegExpStringIterator(thisv)) return throwIncompatible("%RegExpStringIterator%.prototype.next", thisv);
  const v = regexpStringIteratorStep(ptr(thisv));
  if (v == EXCEPTION) return EXCEPTION;
  return v == EMPTY ? CreateIterResultObject(UNDEFINED, true) : CreateIterResultObject(v, false);
}

export function initRegExpStringIterator(): void {
  const p = OrdinaryObjectCreate(boxObject(IteratorPrototype));
  setRegExpStringIteratorPrototype(p);
  defineMethod(p, "next", 0, RegExpStringIterator_next);
  defineToStringTag(p, "RegExp String Iterator");
}
