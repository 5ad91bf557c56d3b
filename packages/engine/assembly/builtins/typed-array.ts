// %TypedArray% and the eleven concrete constructors — ECMA-262 §23.2.1-23.2.7: the constructor
// (from a length, an object, another typed array, or a buffer), TypedArray.from/of,
// TypedArrayCreate and TypedArraySpeciesCreate, the accessors of %TypedArray%.prototype, and the
// intrinsics table (one prototype and constructor per element kind). The prototype methods are in
// typed-array-methods.ts and typed-array-iteration.ts; element access in ops/typed-array-access.ts.
import {
  CELL_ARRAY, CELL_TYPED_ARRAY, CELL_DATA_VIEW, CELL_ARRAY_BUFFER, CELL_DATE, TA_BUFFER, TA_LENGTH, TA_OFFSET,
  TA_KIND, TA_BYTES,
} from "../layout.generated";
import {
  UNDEFINED, EMPTY, EXCEPTION, isObject, isString, isNullish, isNumber, toF64, fromF64, boxObject, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { markCell } from "../heap/gc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendStatic, sbFinish } from "../string/builder";
import { allocObject, OrdinaryObjectCreate, addOwnProperty, putHidden, setPrototypeRaw } from "../object/object";
import { newNativeFunction, newTarget, isCallable, isConstructor, FF_CONSTRUCTOR, FF_SELF_CONSTRUCT } from "../object/function";
import { ArrayCreate, arrayLength, arrayPush } from "../object/array";
import { ObjectPrototype, ArrayPrototype, TypedArrayPrototype, setTypedArrayPrototype } from "../realm";
import { A_prototype, A_constructor, A_toString } from "../names";
import { TYPE_ERROR, RANGE_ERROR, throwTypeError, throwError, throwErrorWith } from "../errors";
import { ToIndex, ToNumber, NumberToStringCell } from "../ops/conversion";
import { Get } from "../ops/property";
import { Call, Construct } from "../ops/call";
import {
  ELEM_COUNT, elementSize, elementTypeName, isTypedArray, taLength, taKind, taOffset, taBuffer,
  bufferLength, elementAddr, rawLoad, rawStore, TypedArraySetElement, sameContentType,
} from "../ops/typed-array-access";
import { GetIterator, IteratorStepValue, ITER_MSG_BUILTIN } from "../ops/iteration";
import { GetV } from "../ops/property";
import { takeException } from "../errors";
import { SymbolIterator } from "./symbol";
import { AllocateArrayBuffer, newArrayBuffer } from "./array-buffer";
import { arg, defineMethod, defineGetter, defineValue, GetPrototypeFromConstructor } from "./native";
import { throwIncompatible, throwTypedValue } from "./collections-common";
import { lengthOf, getAt, throwNotCallable } from "./array-common";

// ---- Intrinsics ----

/** The concrete prototypes and constructors by element kind, and %TypedArray%. */
const PROTOS = memory.data(ELEM_COUNT * 4);
const CTORS = memory.data(ELEM_COUNT * 4);
let TypedArrayConstructor: usize = 0;

export function markTypedArrayIntrinsics(): void {
  for (let k: u32 = 0; k < ELEM_COUNT; k++) {
    markCell(load<u32>(PROTOS + (k << 2)));
    markCell(load<u32>(CTORS + (k << 2)));
  }
  markCell(TypedArrayConstructor);
}

// @ts-ignore: decorator
@inline export function kindPrototype(kind: u32): usize { return load<u32>(PROTOS + (kind << 2)); }
// @ts-ignore: decorator
@inline export function kindConstructor(kind: u32): usize { return load<u32>(CTORS + (kind << 2)); }

/** The element kind whose constructor is `v`, or -1. */
export function constructorKind(v: i64): i32 {
  if (!isObject(v)) return -1;
  for (let k: u32 = 0; k < ELEM_COUNT; k++) if (<usize>ptr(v) == kindConstructor(k)) return <i32>k;
  return -1;
}

/** Object.prototype.toString's tag for binary data and dates ("[object Uint8Array]" stands in
 *  for %TypedArray%.prototype[@@toStringTag]), or 0. */
export function binaryDataToStringTag(v: i64): usize {
  const kind = cellKind(ptr(v));
  if (kind == CELL_TYPED_ARRAY) {
    const sb = sbOpen();
    sbAppendStatic(sb, "[object ");
    sbAppendStatic(sb, elementTypeName(taKind(ptr(v))));
    sbAppendStatic(sb, "]");
    return sbFinish(sb);
  }
  if (kind == CELL_ARRAY_BUFFER) return internStatic("[object ArrayBuffer]");
  if (kind == CELL_DATA_VIEW) return internStatic("[object DataView]");
  if (kind == CELL_DATE) return internStatic("[object Date]");
  return 0;
}

// ---- Creation ----

/** The ToIndex/allocation RangeError "Invalid typed array length: n". */
function throwInvalidLength(d: f64): i64 {
  return throwErrorWith(RANGE_ERROR, "Invalid typed array length: ", NumberToStringCell(d), "");
}

/** AllocateTypedArray(...) — §23.2.5.1.1 with a new buffer: a typed array of `kind` and `length`
 *  (zeros) whose prototype is `proto`, or 0 with an exception pending. */
export function AllocateTypedArray(kind: u32, proto: i64, length: f64): usize {
  if (length * <f64>elementSize(kind) > 2147483648.0) { throwInvalidLength(length); return 0; }
  const sp0 = saveSp();
  pushRoot(proto);
  const b = newArrayBuffer(length * <f64>elementSize(kind));
  if (b == 0) { restoreSp(sp0); return 0; }
  pushRoot(boxObject(b));
  const o = newView(CELL_TYPED_ARRAY, proto, b, 0, <u32>length);
  store<u32>(o, kind, TA_KIND);
  restoreSp(sp0);
  return o;
}

/** A typed array or DataView cell over buffer `b` (rooted by the caller). */
export function newView(cellKindOf: u32, proto: i64, b: usize, offset: u32, length: u32): usize {
  const o = allocObject(cellKindOf, TA_BYTES, proto);
  store<u32>(o, <u32>b, TA_BUFFER);
  store<u32>(o, length, TA_LENGTH);
  store<u32>(o, offset, TA_OFFSET);
  return o;
}

/** TypedArrayCreate for the intrinsic constructor of `kind` (§23.2.4.2). */
export function TypedArrayCreate(kind: u32, length: f64): usize {
  return AllocateTypedArray(kind, boxObject(kindPrototype(kind)), length);
}

/** TypedArrayCreateFromConstructor(C, « length ») — §23.2.4.2: the intrinsics directly, any other
 *  constructor through Construct, then ValidateTypedArray and the length check. A boxed typed
 *  array or EXCEPTION. */
export function TypedArrayCreateFromConstructor(c: i64, length: f64): i64 {
  const kind = constructorKind(c);
  if (kind >= 0) {
    const o = TypedArrayCreate(<u32>kind, length);
    return o == 0 ? EXCEPTION : boxObject(o);
  }
  if (!isConstructor(c)) return throwTypeError("object is not a constructor");
  const sp0 = saveSp();
  const argv = pushRoot(fromF64(length));
  const r = Construct(c, argv, 1, c);
  restoreSp(sp0);
  if (r == EXCEPTION) return EXCEPTION;
  if (!isTypedArray(r)) return throwTypeError("this is not a typed array.");
  if (<f64>taLength(ptr(r)) < length) return throwTypeError("Derived TypedArray constructor created an array which was too small");
  return r;
}

/** TypedArraySpeciesCreate(exemplar, « length ») — §23.2.4.1. Without @@species, the species of
 *  `exemplar` is its `constructor` (as the default @@species getter returns the constructor
 *  itself): an intrinsic of another kind too. Like V8 (node 20), no content-type check (step 4):
 *  a BigInt result for Number values throws as each value is converted, and only then. */
export function TypedArraySpeciesCreate(exemplar: i64, length: f64): i64 {
  const sp0 = saveSp();
  pushRoot(exemplar);
  const c = Get(exemplar, A_constructor, exemplar);
  restoreSp(sp0);
  if (c == EXCEPTION) return EXCEPTION;
  if (c == UNDEFINED) {
    const o = TypedArrayCreate(taKind(ptr(exemplar)), length);
    return o == 0 ? EXCEPTION : boxObject(o);
  }
  if (!isObject(c)) return throwTypeError("object.constructor is not a constructor");
  return TypedArrayCreateFromConstructor(c, length);
}

/** Copy `src`'s elements into `dst` from index `at`, converting between kinds (equal kinds copy
 *  bytes; memory.copy handles overlap within one buffer). */
export function copyElements(dst: usize, at: u32, src: usize, n: u32): void {
  const dk = taKind(dst), sk = taKind(src);
  if (dk == sk) {
    memory.copy(elementAddr(dst, at), elementAddr(src, 0), <usize>n * elementSize(dk));
    return;
  }
  // Different kinds over one buffer may overlap: read all values before writing.
  const sp0 = saveSp();
  const tmp = reserveSlots(<i32>n);
  for (let i: u32 = 0; i < n; i++) store<f64>(tmp + (<usize>i << 3), rawLoad(sk, elementAddr(src, i)));
  for (let i: u32 = 0; i < n; i++) rawStore(dk, elementAddr(dst, at + i), load<f64>(tmp + (<usize>i << 3)));
  restoreSp(sp0);
}

/** Fill typed array `o` from the values of array-like `src` (rooted): Get then the element's
 *  ToNumber, index by index, as InitializeTypedArrayFromArrayLike and TypedArray.from do; each
 *  value goes through `mapfn` first when it is callable. EXCEPTION or anything else. */
export function fillFromArrayLike(o: i64, src: i64, len: f64, mapfn: i64, thisArg: i64): i64 {
  const sp0 = saveSp();
  pushRoot(o);
  pushRoot(src);
  const args = reserveSlots(2);
  for (let i: f64 = 0; i < len; i++) {
    let v = getAt(src, i);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (mapfn != UNDEFINED) {
      store<i64>(args, v);
      store<i64>(args + 8, fromF64(i));
      v = Call(mapfn, thisArg, args, 2);
      if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    }
    if (TypedArraySetElement(ptr(o), i, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return UNDEFINED;
}

/** IteratorToList(GetIteratorFromMethod(v)) — §7.4.9: the values as a new engine array, or 0
 *  with an exception pending. */
function iterableToList(v: i64): usize {
  const sp0 = saveSp();
  const f = reserveSlots(3); // iterator record, list
  store<i64>(f + 16, boxObject(ArrayCreate(0, 0)));
  if (GetIterator(v, f, 0, ITER_MSG_BUILTIN) == EXCEPTION) { restoreSp(sp0); return 0; }
  while (true) {
    const next = IteratorStepValue(f);
    if (next == EXCEPTION) { restoreSp(sp0); return 0; }
    if (next == EMPTY) break;
    arrayPush(ptr(load<i64>(f + 16)), next);
  }
  const list = ptr(load<i64>(f + 16));
  restoreSp(sp0);
  return list;
}

/** Whether `v` has a callable @@iterator (GetMethod(object, @@iterator) is not undefined). */
function usesIterator(v: i64): bool {
  if (isString(v)) return true;
  if (!isObject(v)) return false;
  const m = GetV(v, SymbolIterator());
  if (m == EXCEPTION) { takeException(); return false; }
  return isCallable(m);
}

/** InitializeTypedArrayFromArrayBuffer — §23.2.5.1.3, with V8's messages. */
function fromBuffer(kind: u32, proto: i64, buffer: i64, byteOffset: i64, length: i64): i64 {
  const size = <f64>elementSize(kind);
  const offset = ToIndex(byteOffset);
  if (offset != offset) return EXCEPTION;
  if (offset < 0) {
    return throwErrorWith(RANGE_ERROR, "Start offset ", NumberToStringCell(toF64(ToNumber(byteOffset))), " is outside the bounds of the buffer");
  }
  if (offset % size != 0) return throwStartMultiple(kind, "start offset of ");
  let newLength: f64 = 0;
  if (length != UNDEFINED) {
    newLength = ToIndex(length);
    if (newLength != newLength) return EXCEPTION;
    if (newLength < 0) return throwInvalidLength(toF64(ToNumber(length)));
  }
  const bufLen = <f64>bufferLength(ptr(buffer));
  let newByteLength: f64;
  if (length == UNDEFINED) {
    if (bufLen % size != 0) return throwStartMultiple(kind, "byte length of ");
    newByteLength = bufLen - offset;
    if (newByteLength < 0) {
      return throwErrorWith(RANGE_ERROR, "Start offset ", NumberToStringCell(offset), " is outside the bounds of the buffer");
    }
  } else {
    newByteLength = newLength * size;
    if (offset + newByteLength > bufLen) return throwInvalidLength(newLength);
  }
  const sp0 = saveSp();
  pushRoot(buffer);
  const o = newView(CELL_TYPED_ARRAY, proto, ptr(buffer), <u32>offset, <u32>(newByteLength / size));
  store<u32>(o, kind, TA_KIND);
  restoreSp(sp0);
  return boxObject(o);
}

/** RangeError "<what>Int16Array should be a multiple of 2". */
function throwStartMultiple(kind: u32, what: string): i64 {
  const sb = sbOpen();
  sbAppendStatic(sb, what);
  sbAppendStatic(sb, elementTypeName(kind));
  sbAppendStatic(sb, " should be a multiple of ");
  const n = elementSize(kind);
  sbAppendStatic(sb, n == 2 ? "2" : n == 4 ? "4" : "8");
  return throwError(RANGE_ERROR, sbFinish(sb));
}

/** Int8Array(...args) ... BigUint64Array(...args) — §23.2.5.1, one native for the eleven. */
function TypedArray_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // only valid at entry
  const kind = <u32>constructorKind(boxObject(callee));
  if (nt == UNDEFINED) {
    return throwErrorWith(TYPE_ERROR, "Constructor ", internStatic(elementTypeName(kind)), " requires 'new'");
  }
  const proto = GetPrototypeFromConstructor(nt, callee, kindPrototype(kind));
  if (proto == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(proto);
  const first = arg(argv, argc, 0);
  let r: i64;
  if (!isObject(first)) {
    const n = ToIndex(first);
    if (n != n) r = EXCEPTION;
    else if (n < 0) r = throwInvalidLength(toF64(ToNumber(first)));
    else { const o = AllocateTypedArray(kind, proto, n); r = o == 0 ? EXCEPTION : boxObject(o); }
  } else if (cellKind(ptr(first)) == CELL_ARRAY_BUFFER) {
    r = fromBuffer(kind, proto, first, arg(argv, argc, 1), arg(argv, argc, 2));
  } else {
    r = fromObject(kind, proto, first);
  }
  restoreSp(sp0);
  return r;
}

/** InitializeTypedArrayFromTypedArray / FromList / FromArrayLike — §23.2.5.1.2, .4, .5. */
function fromObject(kind: u32, proto: i64, src: i64): i64 {
  const sp0 = saveSp();
  pushRoot(src);
  let source = src;
  if (isTypedArray(src)) {
    if (sameContentType(kind, taKind(ptr(src))) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    const o = AllocateTypedArray(kind, proto, <f64>taLength(ptr(src)));
    if (o == 0) { restoreSp(sp0); return EXCEPTION; }
    copyElements(o, 0, ptr(src), taLength(ptr(src)));
    restoreSp(sp0);
    return boxObject(o);
  }
  if (usesIterator(src) && cellKind(ptr(src)) != CELL_ARRAY) { // arrays read the same as array-likes
    const list = iterableToList(src);
    if (list == 0) { restoreSp(sp0); return EXCEPTION; }
    source = boxObject(list);
    pushRoot(source);
  }
  const len = lengthOf(source);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const o = AllocateTypedArray(kind, proto, len);
  if (o == 0) { restoreSp(sp0); return EXCEPTION; }
  const r = fillFromArrayLike(boxObject(o), source, len, UNDEFINED, UNDEFINED);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : boxObject(o);
}

/** %TypedArray%() — §23.2.1.1: abstract. */
function TypedArray_abstract(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return throwTypeError("Abstract class TypedArray not directly constructable");
}

/** %TypedArray%.from(source [, mapfn [, thisArg]]) — §23.2.2.1. */
function TypedArray_from(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const mapfn = arg(argv, argc, 1);
  if (!isConstructor(thisv)) return throwTypeError("#<Object> is not a constructor");
  if (mapfn != UNDEFINED && !isCallable(mapfn)) return throwNotCallable(mapfn);
  let source = arg(argv, argc, 0);
  const sp0 = saveSp();
  if (usesIterator(source)) {
    const list = iterableToList(source);
    if (list == 0) { restoreSp(sp0); return EXCEPTION; }
    source = boxObject(list);
  } else if (!isObject(source)) {
    if (isNullish(source)) return throwTypedValue(source, " is not iterable (cannot read property Symbol(Symbol.iterator))");
    source = boxObject(ArrayCreate(0, 0)); // ToObject of a number or boolean: no indices
  }
  pushRoot(source);
  const len = lengthOf(source);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const t = TypedArrayCreateFromConstructor(thisv, len);
  if (t == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(t);
  const r = fillFromArrayLike(t, source, len, mapfn, arg(argv, argc, 2));
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : t;
}

/** %TypedArray%.of(...items) — §23.2.2.2. */
function TypedArray_of(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isConstructor(thisv)) return throwTypeError("#<Object> is not a constructor");
  const t = TypedArrayCreateFromConstructor(thisv, <f64>argc);
  if (t == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(t);
  for (let i = 0; i < argc; i++) {
    if (TypedArraySetElement(ptr(t), <f64>i, arg(argv, argc, i)) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return t;
}

// ---- %TypedArray%.prototype accessors (§23.2.3) ----

/** ValidateTypedArray(O) — §23.2.4.4 with V8's message; the cell, or 0 with a TypeError. */
export function ValidateTypedArray(v: i64): usize {
  if (isTypedArray(v)) return ptr(v);
  throwTypeError("this is not a typed array.");
  return 0;
}

function TypedArray_buffer(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isTypedArray(thisv)) return throwIncompatible("get TypedArray.prototype.buffer", thisv);
  return boxObject(taBuffer(ptr(thisv)));
}
function TypedArray_byteLength(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isTypedArray(thisv)) return throwIncompatible("get TypedArray.prototype.byteLength", thisv);
  return fromF64(<f64>taLength(ptr(thisv)) * <f64>elementSize(taKind(ptr(thisv))));
}
function TypedArray_byteOffset(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isTypedArray(thisv)) return throwIncompatible("get TypedArray.prototype.byteOffset", thisv);
  return fromF64(<f64>taOffset(ptr(thisv)));
}
function TypedArray_length(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isTypedArray(thisv)) return throwIncompatible("get TypedArray.prototype.length", thisv);
  return fromF64(<f64>taLength(ptr(thisv)));
}

// ---- Initialization ----

/** A constructor function object that is not a global (for %TypedArray%). */
function newConstructor(name: string, length: u32, fn: (callee: u32, thisv: i64, argv: usize, argc: i32) => i64,
                        proto: usize): usize {
  const c = newNativeFunction(internStatic(name), length, fn.index, FF_CONSTRUCTOR | FF_SELF_CONSTRUCT);
  const sp0 = saveSp();
  pushRoot(boxObject(c));
  addOwnProperty(c, A_prototype, boxObject(proto), 0);
  putHidden(proto, A_constructor, boxObject(c));
  restoreSp(sp0);
  return c;
}

export function initTypedArrays(global: usize, initMethods: (proto: usize) => void): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setTypedArrayPrototype(proto);
  TypedArrayConstructor = newConstructor("TypedArray", 0, TypedArray_abstract, proto);
  const base = TypedArrayConstructor;
  defineMethod(base, "of", 0, TypedArray_of);
  defineMethod(base, "from", 1, TypedArray_from);
  defineGetter(proto, "buffer", "get buffer", TypedArray_buffer);
  defineGetter(proto, "byteLength", "get byteLength", TypedArray_byteLength);
  defineGetter(proto, "byteOffset", "get byteOffset", TypedArray_byteOffset);
  defineGetter(proto, "length", "get length", TypedArray_length);
  initMethods(proto);
  // No @@species: typed array methods always create the intrinsic kind (see the session notes).
  for (let k: u32 = 0; k < ELEM_COUNT; k++) {
    const p = OrdinaryObjectCreate(boxObject(proto));
    store<u32>(PROTOS + (k << 2), <u32>p);
    const c = newNativeFunction(internStatic(elementTypeName(k)), 3, TypedArray_ctor.index,
      FF_CONSTRUCTOR | FF_SELF_CONSTRUCT);
    store<u32>(CTORS + (k << 2), <u32>c);
    setPrototypeRaw(c, boxObject(base));
    addOwnProperty(c, A_prototype, boxObject(p), 0);
    const bpe = fromF64(<f64>elementSize(k));
    defineValue(c, "BYTES_PER_ELEMENT", bpe, 0);
    putHidden(p, A_constructor, boxObject(c));
    defineValue(p, "BYTES_PER_ELEMENT", bpe, 0);
    putHidden(global, internStatic(elementTypeName(k)), boxObject(c));
  }
}
