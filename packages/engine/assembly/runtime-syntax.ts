// Entry points for syntax that needs the engine: spread in calls, rest parameters and elements,
// object rest and spread (CopyDataProperties), the arguments object, destructuring's errors,
// for-in enumeration, and the iterator steps of for-of and array patterns.
import { CELL_SYMBOL } from "./layout.generated";
import { UNDEFINED, NULL, EMPTY, EXCEPTION, TRUE, isObject, isNullish, isString, boxObject, boxString, boxSymbol, fromF64, ptr } from "./value";
import { ToPropertyKey } from "./ops/conversion";
import { newVector, vecSet, vecGet, vecGrow, vecCapacity } from "./object/vector";
import { SetIntegrityLevel } from "./builtins/object-integrity";
import { internStatic } from "./string/atoms";
import { markCell } from "./heap/gc";
import { markArgumentsRoots } from "./ops/arguments";
import { cellKind } from "./heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "./heap/stack";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "./string/builder";
import { ArrayCreate, arrayLength, arrayGet, arraySet, arrayPush } from "./object/array";
import { OrdinaryObjectCreate, addOwnProperty, objProto, objSetFlags } from "./object/object";
import { ObjectPrototype } from "./realm";
import { TYPE_ERROR, throwError, throwTypeError } from "./errors";
import { Get, HasProperty, OwnStringKeys, indexKey } from "./ops/property";
import { CallNamed, ConstructNamed, reserveArguments } from "./ops/call";
import { CreateDataProperty, newDesc, descFlags, OrdinaryGetOwnProperty, F_ENUMERABLE } from "./ops/define-property";
import { GetIterator, IteratorStepValue, IteratorClose, IteratorCloseOnThrow } from "./ops/iteration";
import { valueForMessage, throwSetFailure } from "./ops/property-errors";
import { TypeOf } from "./ops/operators";
import { SymbolDescriptiveString } from "./builtins/symbol";
import { OwnPropertyKeys } from "./builtins/object-descriptors";
import { toObjectForKeys } from "./builtins/wrappers";

// ---- Iteration (for-of, array patterns, spread) ----

/** GetIterator for for-of, spread and array destructuring into the two frame slots at `rec`;
 *  `text` (a string cell or 0) names the iterated expression in the error, `how` picks V8's
 *  wording (ops/iteration.ts ITER_MSG_*). Returns UNDEFINED or EXCEPTION. */
export function rt_get_iterator(v: i64, rec: usize, text: usize, how: i32): i64 {
  return GetIterator(v, rec, text, how);
}
/** The next value of the iterator in `rec`, EMPTY when done, or EXCEPTION. */
export function rt_iterator_step(rec: usize): i64 { return IteratorStepValue(rec); }
/** IteratorClose on a normal completion (break, return, destructuring not exhausted). */
export function rt_iterator_close(rec: usize): i64 { return IteratorClose(rec); }
/** IteratorClose on a throw completion: the pending exception stays. */
export function rt_iterator_close_throw(rec: usize): void { IteratorCloseOnThrow(rec); }

/** The remaining values of the iterator in `rec` as a new array (`[a, ...rest]`). */
export function rt_iterator_rest(rec: usize): i64 {
  const sp0 = saveSp();
  const a = ArrayCreate(0, 0);
  pushRoot(boxObject(a));
  while (true) {
    const v = IteratorStepValue(rec);
    if (v == EMPTY) break;
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    arrayPush(a, v);
  }
  restoreSp(sp0);
  return boxObject(a);
}

/** Append every value of `iterable` to array `a` (spread in array literals and calls). */
export function rt_spread(a: i64, iterable: i64, text: usize, how: i32): i64 {
  const sp0 = saveSp();
  const rec = reserveSlots(2);
  pushRoot(a);
  if (GetIterator(iterable, rec, text, how) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  while (true) {
    const v = IteratorStepValue(rec);
    if (v == EMPTY) break;
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    arrayPush(ptr(a), v);
  }
  restoreSp(sp0);
  return UNDEFINED;
}

/** Append one value (or a hole, EMPTY) to an array literal being built after a spread. */
export function rt_array_push(a: i64, v: i64): void { arraySet(ptr(a), arrayLength(ptr(a)), v); }

/** Copy array `args`' elements onto the shadow stack as arguments: their address, or 0. */
export function spreadArguments(args: i64): usize {
  const a = ptr(args);
  const n = arrayLength(a);
  const argv = reserveArguments(<i32>n);
  if (argv == 0) return 0;
  for (let i: u32 = 0; i < n; i++) store<i64>(argv + (<usize>i << 3), arrayGet(a, i));
  return argv;
}

/** `f(...args)`: call with the values collected in array `args`. */
export function rt_call_spread(callee: i64, thisv: i64, args: i64, text: usize): i64 {
  const sp0 = saveSp();
  const argv = spreadArguments(args);
  if (argv == 0) { restoreSp(sp0); return EXCEPTION; }
  const r = CallNamed(callee, thisv, argv, <i32>arrayLength(ptr(args)), text);
  restoreSp(sp0);
  return r;
}

/** `new F(...args)`. */
export function rt_construct_spread(callee: i64, args: i64, text: usize): i64 {
  const sp0 = saveSp();
  const argv = spreadArguments(args);
  if (argv == 0) { restoreSp(sp0); return EXCEPTION; }
  const r = ConstructNamed(callee, argv, <i32>arrayLength(ptr(args)), text);
  restoreSp(sp0);
  return r;
}

/** A computed key in a pattern, as a value (a string or a symbol) for GetElement and rest. */
export function rt_property_key(v: i64): i64 {
  const k = ToPropertyKey(v);
  if (k == 0) return EXCEPTION;
  return cellKind(k) == CELL_SYMBOL ? boxSymbol(k) : boxString(k);
}

// ---- Strict-mode writes ----

/** The TypeError of an assignment refused in strict code: a read-only or getter-only property, a
 *  non-extensible object, or a property created on a primitive. */
export function rt_set_failure(base: i64, key: usize): i64 {
  if (isObject(base)) return throwSetFailure(base, key);
  const sp0 = saveSp();
  pushRoot(base);
  const name = cellKind(key) == CELL_SYMBOL ? SymbolDescriptiveString(key) : key;
  pushRoot(boxString(name));
  const sb = sbOpen();
  sbAppendStatic(sb, "Cannot create property '");
  sbAppendString(sb, name);
  sbAppendStatic(sb, "' on ");
  sbAppendString(sb, ptr(TypeOf(base)));
  sbAppendStatic(sb, " '");
  const s = valueForMessage(base);
  if (s != 0) sbAppendString(sb, s);
  sbAppendStatic(sb, "'");
  const msg = sbFinish(sb); // pops the builder, which lies below sp0
  restoreSp(sp0);
  return throwError(TYPE_ERROR, msg);
}

export function rt_set_failure_element(base: i64, k: i64): i64 {
  const key = ToPropertyKey(k);
  if (key == 0) return EXCEPTION;
  return rt_set_failure(base, key);
}

// ---- Rest parameters (arguments objects: ops/arguments.ts) ----

/** A rest parameter: the arguments from index `start` on, as a new array. */
export function rt_rest_args(argv: usize, argc: i32, start: i32): i64 {
  const n = argc > start ? argc - start : 0;
  const a = ArrayCreate(<u32>n, <u32>n);
  for (let i = 0; i < n; i++) arraySet(a, <u32>i, load<i64>(argv + (<usize>(start + i) << 3)));
  return boxObject(a);
}

export function markSyntaxRoots(): void { markArgumentsRoots(); markCell(templateObjects); }

// ---- Object patterns and spread ----

/** CopyDataProperties(target, source, excludedItems) — §7.3.25: `excluded` is an array of keys
 *  (object rest) or UNDEFINED (object spread). Returns UNDEFINED or EXCEPTION. */
export function rt_copy_data_properties(target: i64, source: i64, excluded: i64): i64 {
  if (isNullish(source)) return UNDEFINED;
  const sp0 = saveSp();
  const from = toObjectForKeys(source);
  pushRoot(from);
  const keys = OwnPropertyKeys(from, false);
  pushRoot(boxObject(keys));
  const d = newDesc();
  const n = arrayLength(keys);
  for (let i: u32 = 0; i < n; i++) {
    const kv = arrayGet(keys, i);
    const key = ptr(kv);
    if (excluded != UNDEFINED && isExcluded(ptr(excluded), key)) continue;
    if (!OrdinaryGetOwnProperty(ptr(from), key, d) || (descFlags(d) & F_ENUMERABLE) == 0) continue;
    const v = Get(from, key, from);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (CreateDataProperty(target, key, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return UNDEFINED;
}

function isExcluded(keys: usize, key: usize): bool {
  const n = arrayLength(keys);
  for (let i: u32 = 0; i < n; i++) if (ptr(arrayGet(keys, i)) == key) return true;
  return false;
}

/** `{...source}` in an object literal. */
export function rt_object_spread(target: i64, source: i64): i64 {
  return rt_copy_data_properties(target, source, UNDEFINED);
}

/** Object rest `{a, ...rest} = source`: a new object with the properties not in `excluded`. */
export function rt_object_rest(source: i64, excluded: i64): i64 {
  const sp0 = saveSp();
  const o = boxObject(OrdinaryObjectCreate(boxObject(ObjectPrototype)));
  pushRoot(o);
  const r = rt_copy_data_properties(o, source, excluded);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : o;
}

/** RequireObjectCoercible for an object pattern, with V8's wording: "Cannot destructure property
 *  'a' of 'x' as it is undefined." (`key` 0 when the pattern is empty; `text` 0 when the value has
 *  no source text). Returns UNDEFINED or EXCEPTION. */
export function rt_require_destructurable(v: i64, key: usize, text: usize, nested: i32): i64 {
  if (!isNullish(v)) return UNDEFINED;
  const what = v == NULL ? "null" : "undefined";
  const sb = sbOpen();
  if (nested != 0 && key != 0) {
    // A pattern inside a pattern reads its properties as a member access would.
    sbAppendStatic(sb, "Cannot read properties of ");
    sbAppendStatic(sb, what);
    sbAppendStatic(sb, " (reading '");
    sbAppendString(sb, key);
    sbAppendStatic(sb, "')");
    return throwError(TYPE_ERROR, sbFinish(sb));
  }
  if (key != 0) {
    sbAppendStatic(sb, "Cannot destructure property '");
    sbAppendString(sb, key);
    sbAppendStatic(sb, "' of '");
  } else sbAppendStatic(sb, "Cannot destructure '");
  if (text != 0) sbAppendString(sb, text); else sbAppendStatic(sb, what);
  sbAppendStatic(sb, "' as it is ");
  sbAppendStatic(sb, what);
  sbAppendStatic(sb, ".");
  return throwError(TYPE_ERROR, sbFinish(sb));
}

// ---- for-in ----

/** Start for-in over `v` into the three frame slots at `rec`: [object, keys array, index].
 *  EnumerateObjectProperties (§14.7.5.9): own enumerable string keys, then each prototype's not
 *  already seen (shadowed ones, enumerable or not, are skipped). */
export function rt_for_in_start(v: i64, rec: usize): void {
  store<i64>(rec, UNDEFINED); store<i64>(rec, UNDEFINED, 8); store<i64>(rec, fromF64(0), 16);
  if (isNullish(v)) return;
  const o = toObjectForKeys(v);
  store<i64>(rec, o);
  const keys = ArrayCreate(0, 0);
  store<i64>(rec, boxObject(keys), 8);
  const sp0 = saveSp();
  let p = o;
  while (isObject(p)) {
    const own = OwnStringKeys(p, true);
    pushRoot(boxObject(own));
    const n = arrayLength(own);
    for (let i: u32 = 0; i < n; i++) {
      const k = arrayGet(own, i);
      if (!seenBefore(keys, ptr(k), p, o)) arrayPush(keys, k);
    }
    p = objProto(ptr(p));
  }
  restoreSp(sp0);
}

/** Whether `key` is shadowed by an object before `p` in the chain from `o`. */
function seenBefore(keys: usize, key: usize, p: i64, o: i64): bool {
  for (let q = o; q != p; q = objProto(ptr(q))) {
    if (HasOwnKey(q, key)) return true;
  }
  return false;
}

function HasOwnKey(o: i64, key: usize): bool {
  const sp0 = saveSp();
  const d = newDesc();
  const r = OrdinaryGetOwnProperty(ptr(o), key, d);
  restoreSp(sp0);
  return r;
}

/** The next key of a for-in, EMPTY when done. Keys deleted before they are reached are skipped. */
export function rt_for_in_next(rec: usize): i64 {
  const o = load<i64>(rec);
  if (!isObject(o)) return EMPTY;
  const keys = ptr(load<i64>(rec, 8));
  let i = <u32>reinterpret<f64>(load<i64>(rec, 16));
  const n = arrayLength(keys);
  while (i < n) {
    const k = arrayGet(keys, i++);
    if (HasProperty(o, ptr(k))) {
      store<i64>(rec, fromF64(<f64>i), 16);
      return k;
    }
  }
  store<i64>(rec, UNDEFINED);
  return EMPTY;
}

// ---- Tagged templates ----

/** The template objects of the program's tagged template sites, by site number (a root: a site
 *  returns the same object every time it runs — §13.2.8.4 GetTemplateObject's [[TemplateMap]]). */
let templateObjects: usize = 0;

/** The template object of tagged template `site`, or EMPTY before the site first ran. */
export function rt_template_cached(site: u32): i64 {
  if (site >= vecCapacity(templateObjects)) return EMPTY;
  const t = vecGet(templateObjects, site);
  return t == 0 ? EMPTY : t;
}

/** GetTemplateObject — §13.2.8.4: `cooked` (array of strings, undefined for invalid escapes)
 *  gets the frozen array `raw` as its non-enumerable `raw` property and is frozen too. */
export function rt_template_object(site: u32, cooked: i64, raw: i64): i64 {
  const sp0 = saveSp();
  pushRoot(cooked);
  pushRoot(raw);
  SetIntegrityLevel(ptr(raw), true);
  addOwnProperty(ptr(cooked), internStatic("raw"), raw, 0);
  SetIntegrityLevel(ptr(cooked), true);
  if (site >= vecCapacity(templateObjects)) {
    templateObjects = vecGrow(templateObjects, vecCapacity(templateObjects), site + 1, 0);
  }
  vecSet(templateObjects, site, cooked);
  restoreSp(sp0);
  return cooked;
}
