// Host objects with internal data (CELL_HOST): node's Timeout and Immediate, TextEncoder and
// TextDecoder. OBJ_AUX holds the data (traced by the collector); header flag bits 8-11 say which
// kind of host object a cell is, so methods can check their receiver.
import { CELL_HOST, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import { UNDEFINED, isObject, boxObject, ptr } from "../value";
import { throwTypeError } from "../errors";
import { cellKind, cellFlags, setCellFlags } from "../heap/alloc";
import { allocObject, OrdinaryObjectCreate, putHidden } from "../object/object";
import { newNativeFunction } from "../object/function";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { ObjectPrototype } from "../realm";
import { A_constructor } from "../names";

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
  restoreSp(sp0);
  return proto;
}

function illegalConstructor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return throwTypeError("Illegal constructor");
}
