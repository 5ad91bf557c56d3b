// Inline-cache miss handlers for property sites. Generated code checks the own-slot entry inline
// (receiver shape == IC_SHAPE → load slot IC_SLOT); everything else comes here: prototype hits
// validated by protoEpoch, then the full lookup, which refills the cell. Cell layout: layout.mjs.
// A dictionary-mode receiver or holder is never cached: its shape says nothing about its keys
// (the receiver's dictionary shape is shared by every dictionary object of that prototype), so
// such sites always come here and take the engine's hashed lookup.
import {
  CELL_ARRAY, CELL_FUNCTION, CELL_OBJECT, IC_STATE, IC_SHAPE, IC_SLOT, IC_PROTO_SHAPE, IC_PROTO_SLOT, IC_HOLDER, IC_EPOCH,
  IC_MISSES, PROP_ACCESSOR, PROP_WRITABLE,
} from "../layout.generated";
import { EXCEPTION, isObject, isString, isNumber, isBoolean, isSymbol, ptr } from "../value";
import { StringPrototype, NumberPrototype, BooleanPrototype, SymbolPrototype } from "../realm";
import { GetV, SetV, keyIndex } from "../ops/property";
import { cellKind } from "../heap/alloc";
import { shapeLookup, shapeSlot, shapeAttrs, isDictionaryShape, protoEpoch } from "../object/shape";
import { objShape, objProto, getSlot, hasOwn, findOwn, propAttrs, NO_PROP } from "../object/object";
import { A_length, A_name } from "../names";
import { GlobalObject } from "../realm";
import { lazyFamilyOf, ensureFamily, escapeGlobalObject } from "../builtins/lazy";
import { REFERENCE_ERROR, throwErrorWith } from "../errors";

/** `base.key` after the inline own-slot check failed. */
export function icGetProp(cell: usize, base: i64, key: usize): i64 {
  if (!isObject(base)) return icGetPrimitiveProp(cell, base, key);
  {
    const o = ptr(base);
    const shape = objShape(o);
    if (load<u32>(cell, IC_PROTO_SHAPE) == <u32>shape && load<u32>(cell, IC_EPOCH) == protoEpoch) {
      return getSlot(<usize>load<u32>(cell, IC_HOLDER), load<u32>(cell, IC_PROTO_SLOT));
    }
    store<u32>(cell, load<u32>(cell, IC_MISSES) + 1, IC_MISSES);
    const kind = cellKind(o);
    // Arrays and functions have virtual properties a shape does not show; don't cache those keys.
    if (!((kind == CELL_ARRAY || kind == CELL_FUNCTION) && (key == A_length || key == A_name)) &&
        !isDictionaryShape(shape)) {
      let node = shapeLookup(shape, key);
      if (node != 0) {
        if ((shapeAttrs(node) & PROP_ACCESSOR) == 0 && kind != CELL_ARRAY) {
          store<u32>(cell, <u32>shape, IC_SHAPE);
          store<u32>(cell, shapeSlot(node), IC_SLOT);
        }
      } else {
        let p = objProto(o);
        while (isObject(p)) {
          const h = ptr(p);
          if (isDictionaryShape(objShape(h))) break; // found or not, a dictionary holder is not cached
          node = shapeLookup(objShape(h), key);
          if (node != 0) {
            if ((shapeAttrs(node) & PROP_ACCESSOR) == 0 && cellKind(h) != CELL_ARRAY) {
              store<u32>(cell, <u32>shape, IC_PROTO_SHAPE);
              store<u32>(cell, shapeSlot(node), IC_PROTO_SLOT);
              store<u32>(cell, <u32>h, IC_HOLDER);
              store<u32>(cell, protoEpoch, IC_EPOCH);
            }
            break;
          }
          p = objProto(h);
        }
      }
    }
  }
  return GetV(base, key);
}

/** The IC_PROTO_SHAPE of a prototype hit on a primitive receiver, which has no shape: one value
 *  per primitive type (never a shape's address), 0 for undefined and null. */
function primitiveReceiver(v: i64): u32 {
  return isString(v) ? 1 : isNumber(v) ? 2 : isBoolean(v) ? 3 : isSymbol(v) ? 4 : 0;
}

/** `base.key` on a primitive (`s.charCodeAt`, `n.toFixed`): GetV reads its prototype's property.
 *  A data property found on the prototype chain is cached as a prototype hit, keyed on the
 *  primitive's type and validated by protoEpoch, as for objects. */
function icGetPrimitiveProp(cell: usize, base: i64, key: usize): i64 {
  const receiver = primitiveReceiver(base);
  if (receiver != 0 && load<u32>(cell, IC_PROTO_SHAPE) == receiver && load<u32>(cell, IC_EPOCH) == protoEpoch) {
    return getSlot(<usize>load<u32>(cell, IC_HOLDER), load<u32>(cell, IC_PROTO_SLOT));
  }
  // A string's length and indices are its own (virtual) properties: GetV answers them uncached.
  let holder: usize = 0, slot: u32 = 0;
  if (receiver != 0 && !(receiver == 1 && (key == A_length || keyIndex(key) >= 0))) {
    let p = boxObject(receiver == 1 ? StringPrototype : receiver == 2 ? NumberPrototype : receiver == 3 ? BooleanPrototype : SymbolPrototype);
    while (isObject(p)) {
      const h = ptr(p);
      if (isDictionaryShape(objShape(h))) break;
      const node = shapeLookup(objShape(h), key);
      if (node != 0) {
        if ((shapeAttrs(node) & PROP_ACCESSOR) == 0 && cellKind(h) == CELL_OBJECT) { holder = h; slot = shapeSlot(node); }
        break;
      }
      p = objProto(h);
    }
  }
  const v = GetV(base, key);
  // Cached only when the slot holds the value itself (not a lazily created builtin's placeholder).
  if (holder != 0 && getSlot(holder, slot) == v) {
    store<u32>(cell, receiver, IC_PROTO_SHAPE);
    store<u32>(cell, slot, IC_PROTO_SLOT);
    store<u32>(cell, <u32>holder, IC_HOLDER);
    store<u32>(cell, protoEpoch, IC_EPOCH);
  }
  return v;
}

/** `base.key = v` after the inline own-slot check failed. Returns EXCEPTION or anything else. */
export function icSetProp(cell: usize, base: i64, key: usize, v: i64): i64 {
  const r = SetV(base, key, v);
  if (r != EXCEPTION && isObject(base)) {
    const o = ptr(base);
    if (cellKind(o) != CELL_ARRAY || key != A_length) {
      const shape = objShape(o);
      const node = isDictionaryShape(shape) ? 0 : shapeLookup(shape, key);
      if (node != 0 && (shapeAttrs(node) & (PROP_ACCESSOR | PROP_WRITABLE)) == PROP_WRITABLE) {
        store<u32>(cell, <u32>shape, IC_SHAPE);
        store<u32>(cell, shapeSlot(node), IC_SLOT);
      }
    }
  }
  return r;
}

/** A profile-guided shape-adding store (SetProp.AddSlot) checks, once per protoEpoch, that no
 *  prototype of the receiver has `key` as an accessor or read-only property, which would make the
 *  store call a setter or fail instead of adding (OrdinarySet, §10.1.9.2 step 2). On success the
 *  cell's IC_STATE holds protoEpoch + 1 and generated code adds inline until the epoch moves. */
export function rt_validate_add(cell: usize, proto: i64, key: usize): i32 {
  let p = proto;
  while (isObject(p)) {
    const h = ptr(p);
    const kind = cellKind(h);
    // Virtual properties a shape does not show (array length, function name and length).
    if ((kind == CELL_ARRAY || kind == CELL_FUNCTION) && (key == A_length || key == A_name)) return 0;
    if (kind != CELL_OBJECT && kind != CELL_ARRAY && kind != CELL_FUNCTION) return 0;
    const ref = findOwn(h, key);
    if (ref != NO_PROP) {
      if ((propAttrs(ref) & (PROP_ACCESSOR | PROP_WRITABLE)) != PROP_WRITABLE) return 0;
      break;
    }
    p = objProto(h);
  }
  store<u32>(cell, protoEpoch + 1, IC_STATE);
  return 1;
}

/** Read of an unresolved (global) identifier: a property of the global object, else ReferenceError.
 *  The global object never turns dictionary (OBJ_FLAG_NO_DICTIONARY), so its shape can be cached. */
export function icGetGlobal(cell: usize, key: usize): i64 {
  const shape = objShape(GlobalObject);
  const node = shapeLookup(shape, key);
  if (node == 0) {
    // Inherited from Object.prototype, or not defined at all.
    let p = objProto(GlobalObject);
    while (isObject(p)) {
      if (hasOwn(ptr(p), key)) return GetV(p, key);
      p = objProto(ptr(p));
    }
    return throwErrorWith(REFERENCE_ERROR, "", key, " is not defined");
  }
  if ((shapeAttrs(node) & PROP_ACCESSOR) == 0) {
    // Only a real value may reach the inline cache: a lazy family is created first.
    const v = realGlobalValue(node);
    store<u32>(cell, <u32>shape, IC_SHAPE);
    store<u32>(cell, shapeSlot(node), IC_SLOT);
    return v;
  }
  escapeGlobalObject(); // the getter sees the global object as `this`
  return GetV(boxGlobal(), key);
}

/** The value of own data property `node` of the global object, never a lazy placeholder: reading
 *  one creates its family, and reading the global object itself (`globalThis`) creates them all,
 *  since the program can then reflect over every global (builtins/lazy.ts). */
function realGlobalValue(node: usize): i64 {
  const slot = shapeSlot(node);
  const v = getSlot(GlobalObject, slot);
  const family = lazyFamilyOf(v);
  if (family >= 0) {
    ensureFamily(family);
    return getSlot(GlobalObject, slot);
  }
  if (v == boxGlobal()) escapeGlobalObject();
  return v;
}

/** `typeof x` for an unresolved identifier: undefined instead of ReferenceError. */
export function getGlobalOrUndefined(key: usize): i64 {
  const node = shapeLookup(objShape(GlobalObject), key);
  if (node != 0 && (shapeAttrs(node) & PROP_ACCESSOR) == 0) return realGlobalValue(node);
  if (node != 0) escapeGlobalObject();
  return GetV(boxGlobal(), key);
}

/** The global object for a sloppy function's undefined `this`: handed to the program. */
export function rt_global_this(): i64 {
  escapeGlobalObject();
  return boxGlobal();
}

/** Assignment to an unresolved identifier (sloppy: creates a global property). */
export function icSetGlobal(cell: usize, key: usize, v: i64, strict: bool): i64 {
  if (!hasOwn(GlobalObject, key) && strict) return throwErrorWith(REFERENCE_ERROR, "", key, " is not defined");
  return icSetProp(cell, boxGlobal(), key, v);
}

import { boxObject } from "../value";
function boxGlobal(): i64 { return boxObject(GlobalObject); }
