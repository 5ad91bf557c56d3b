// Host objects with internal data (CELL_HOST): node's Timeout and Immediate, TextEncoder and
// TextDecoder. OBJ_AUX holds the data (traced by the collector); header flag bits 8-11 say which
// kind of host object a cell is, so methods can check their receiver.
import { CELL_HOST, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import { UNDEFINED, TRUE, FALSE, isObject, boxObject, ptr } from "../value";
import { newVector, vecGet, vecSet } from "../object/vector";
import { arrayFromValues } from "../object/array";
import { throwTypeError } from "../errors";
import { cellKind, cellFlags, setCellFlags } from "../heap/alloc";
import { allocObject, OrdinaryObjectCreate, putHidden, addOwnProperty } from "../object/object";
import { newNativeFunction } from "../object/function";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { ObjectPrototype } from "../realm";
import { A_constructor, A_prototype } from "../names";

export const HOST_TIMEOUT: u32 = 1;
export const HOST_IMMEDIATE: u32 = 2;
export const HOST_TEXT_ENCODER: u32 = 3;
export const HOST_TEXT_DECODER: u32 = 4;
const KIND_SHIFT: u32 = 8;
const KIND_MASK: u32 = 15 << 8;

/** A host object of `kind` with prototype `proto`; its data starts undefined. */
export function allocHostObject(kind: u32, proto: i64): usize {
  const o = allocObject(CELL_HOST, OBJ_AUX_BYTES, proto);
  setCellFlags(o, (cellFlags(o) & ~KIND_MASK) | (kind << KIND_SHIFT));
  store<i64>(o, UNDEFINED, OBJ_AUX);
  return o;
}

/** The host object `v` if it is of `kind`, else 0. */
export function asHostObject(v: i64, kind: u32): usize {
  if (!isObject(v)) return 0;
  const o = ptr(v);
  if (cellKind(o) != CELL_HOST || ((cellFlags(o) & KIND_MASK) >> KIND_SHIFT) != kind) return 0;
  return o;
}

// @ts-ignore: decorator
@inline export function hostData(o: usize): i64 { return load<i64>(o, OBJ_AUX); }
// @ts-ignore: decorator
@inline export function setHostData(o: usize, v: i64): void { store<i64>(o, v, OBJ_AUX); }

/** Node's internal classes (Timeout, Immediate) are not globals; their instances still print
 *  as "Timeout {...}": a prototype whose `constructor` is a function of that name, which throws
 *  "Illegal constructor" when called. */
export function hostPrototype(name: string): usize {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  const sp0 = saveSp();
  pushRoot(boxObject(proto));
  const c = newNativeFunction(internStatic(name), 0, illegalConstructor.index, 0);
  pushRoot(boxObject(c));
  putHidden(proto, A_constructor, boxObject(c));
  addOwnProperty(c, A_prototype, boxObject(proto), 0); // inspect checks `instanceof constructor`
  restoreSp(sp0);
  return proto;
}

function illegalConstructor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return throwTypeError("Illegal constructor");
}

// Timeout and Immediate data Vectors start alike: [ref, callback, args, ...].
export const H_REF: u32 = 0;      // ref() / unref(): whether it keeps the event loop alive
export const H_CALLBACK: u32 = 1;
export const H_ARGS: u32 = 2;     // an internal Array, or undefined

/** ref()/unref() on a Timeout or Immediate `thisv` of `kind`: sets its flag and returns the change
 *  (+1, -1 or 0) to its kind's count of referenced objects that are `live` (still pending). */
export function setHostRef(thisv: i64, kind: u32, on: bool, live: (o: usize) => bool): i32 {
  const o = asHostObject(thisv, kind);
  if (o == 0) return 0;
  const d = ptr(hostData(o));
  const was = vecGet(d, H_REF) == TRUE;
  vecSet(d, H_REF, on ? TRUE : FALSE);
  return was != on && live(o) ? (on ? 1 : -1) : 0;
}

/** hasRef() of a Timeout or Immediate. */
export function hostHasRef(thisv: i64, kind: u32): i64 {
  const o = asHostObject(thisv, kind);
  return o != 0 && vecGet(ptr(hostData(o)), H_REF) == TRUE ? TRUE : FALSE;
}

/** A new Timeout or Immediate of `kind`: its data Vector has `size` slots, [ref: true, callback,
 *  args: the call's arguments from index `argsFrom` (or undefined), undefined...]. The object is
 *  returned unrooted; `callback` must be validated and rooted by the caller. */
export function newCallbackObject(kind: u32, proto: usize, size: u32, callback: i64, argv: usize, argc: i32, argsFrom: i32): usize {
  const sp0 = saveSp();
  const d = newVector(size);
  for (let i: u32 = 0; i < size; i++) vecSet(d, i, UNDEFINED);
  vecSet(d, H_REF, TRUE);
  vecSet(d, H_CALLBACK, callback);
  pushRoot(boxObject(d));
  if (argc > argsFrom) vecSet(d, H_ARGS, boxObject(arrayFromValues(argv + (<usize>argsFrom << 3), <u32>(argc - argsFrom))));
  const o = allocHostObject(kind, boxObject(proto));
  setHostData(o, boxObject(d));
  restoreSp(sp0);
  return o;
}
