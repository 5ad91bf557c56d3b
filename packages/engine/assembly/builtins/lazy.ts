// Builtin families created on first use (QuickJS's auto-initialized properties): the snapshot holds
// only a placeholder slot per global of a lazy family, so a program that never names Date pays
// nothing for Date's objects, shapes and atoms at instantiation (V8 pays per page of snapshot).
//
// A placeholder is a data property of the global object, defined at its place in initialization
// order with the attributes the family gives it (writable, configurable), whose slot holds
// SPECIAL_LAZY + family. It must never be seen by JS, so it is replaced before any code can read it:
//   - a named read (`Date`, `typeof Date`) creates the family of that one global (icGetGlobal,
//     getGlobalOrUndefined in ic/property-ic.ts);
//   - everything else reads the global object as an object, and the only ways to hold it are
//     `globalThis`/`global` and a sloppy `this`: handing it out creates every family first
//     (escapeGlobalObject), so reflection (`Object.keys(globalThis)`, inspect) never sees one;
//   - engine code that makes objects of a family without the program naming it (a regexp literal,
//     String.prototype.match, TextEncoder's Uint8Array) calls ensureFamily first.
// A placeholder that was assigned over (`Map = 1` in a sloppy script) or deleted keeps the
// program's choice: creating the family fills only slots that still hold its placeholder.
// The family's init runs against a scratch object standing in for the global, whose properties
// are then moved into the placeholders, so the init functions are the eager ones, unchanged.
import { SPECIAL_LAZY, TAG_SPECIAL } from "../layout.generated";
import { NULL, boxObject, hi, payload } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internUtf16 } from "../string/atoms";
import { OrdinaryObjectCreate, addOwnProperty, objShape, getSlot, setSlot } from "../object/object";
import { shapeLookup, shapeParent, shapeKey, shapeSlot } from "../object/shape";
import { GlobalObject } from "../realm";
import { ATTR_HIDDEN } from "./native";
import { initReflect } from "./reflect";
import { initMath } from "./math";
import { initMap } from "./map";
import { initSet } from "./set";
import { initWeakMap } from "./map-weak";
import { initWeakSet } from "./set-weak";
import { initArrayBuffer } from "./array-buffer";
import { initTypedArrays } from "./typed-array";
import { initTypedArrayMethods } from "./typed-array-methods";
import { initDataView } from "./data-view";
import { initDate } from "./date";
import { initRegExp } from "./regexp";
import { initURI } from "./uri";
import { initBigInt } from "./bigint";

export const LAZY_REFLECT: i32 = 0;
export const LAZY_MATH: i32 = 1;
export const LAZY_COLLECTIONS: i32 = 2;
/** ArrayBuffer, the typed arrays and DataView: one family, since typed arrays make buffers. */
export const LAZY_BINARY: i32 = 3;
export const LAZY_DATE: i32 = 4;
export const LAZY_REGEXP: i32 = 5;
/** decodeURI, decodeURIComponent, encodeURI, encodeURIComponent, escape, unescape. */
export const LAZY_URI: i32 = 6;
/** BigInt: created by the first BigInt value too (builtins/bigint.ts). */
export const LAZY_BIGINT: i32 = 7;
const LAZY_COUNT: i32 = 8;

/** The globals each family defines, in the order its init defines them. */
function familyGlobals(f: i32): string {
  switch (f) {
    case LAZY_REFLECT: return "Reflect";
    case LAZY_MATH: return "Math";
    case LAZY_COLLECTIONS: return "Map,Set,WeakMap,WeakSet";
    case LAZY_BINARY:
      return "ArrayBuffer,Int8Array,Uint8Array,Uint8ClampedArray,Int16Array,Uint16Array,Int32Array,Uint32Array,Float32Array,Float64Array,BigInt64Array,BigUint64Array,DataView";
    case LAZY_DATE: return "Date";
    case LAZY_URI: return "decodeURI,decodeURIComponent,encodeURI,encodeURIComponent,escape,unescape";
    case LAZY_BIGINT: return "BigInt";
  }
  return "RegExp";
}

function runFamilyInit(f: i32, target: usize): void {
  switch (f) {
    case LAZY_REFLECT: initReflect(target); break;
    case LAZY_MATH: initMath(target); break;
    case LAZY_COLLECTIONS:
      initMap(target); initSet(target); initWeakMap(target); initWeakSet(target);
      break;
    case LAZY_BINARY:
      initArrayBuffer(target);
      initTypedArrays(target, initTypedArrayMethods);
      initDataView(target);
      break;
    case LAZY_DATE: initDate(target); break;
    case LAZY_URI: initURI(target); break;
    case LAZY_BIGINT: initBigInt(target); break;
    default: initRegExp(target);
  }
}

/** Bit f: family f has been created. A global, so the snapshot keeps it. */
let created: u32 = 0;
const ALL: u32 = (1 << LAZY_COUNT) - 1;

// @ts-ignore: decorator
@inline function placeholder(f: i32): i64 { return (<i64>TAG_SPECIAL << 32) | <i64>(SPECIAL_LAZY + f); }

/** The family whose placeholder `v` is, or -1 for any other value. */
// @ts-ignore: decorator
@inline export function lazyFamilyOf(v: i64): i32 {
  const f = <i32>payload(v) - <i32>SPECIAL_LAZY;
  return hi(v) == TAG_SPECIAL && f >= 0 && f < LAZY_COUNT ? f : -1;
}

/** At initialization, in place of the family's init: its globals as placeholders. */
export function defineLazyFamily(global: usize, f: i32): void {
  const names = familyGlobals(f);
  const text = changetype<usize>(names);
  const n = names.length;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && load<u16>(text + (<usize>i << 1)) != 44) continue; // ','
    const key = internUtf16(text + (<usize>start << 1), i - start);
    addOwnProperty(global, key, placeholder(f), ATTR_HIDDEN);
    start = i + 1;
  }
}

/** Create family `f` unless it exists: the engine calls this before making objects of a lazy
 *  family on its own account. */
export function ensureFamily(f: i32): void {
  if ((created & (1 << f)) != 0) return;
  created |= 1 << f; // first: an init that ensures its own family must not recurse
  const sp0 = saveSp();
  const scratch = OrdinaryObjectCreate(NULL);
  pushRoot(boxObject(scratch));
  runFamilyInit(f, scratch);
  const global = GlobalObject;
  for (let s = objShape(scratch); shapeParent(s) != 0; s = shapeParent(s)) {
    const node = shapeLookup(objShape(global), shapeKey(s));
    if (node != 0 && getSlot(global, shapeSlot(node)) == placeholder(f)) {
      setSlot(global, shapeSlot(node), getSlot(scratch, shapeSlot(s)));
    }
  }
  restoreSp(sp0);
}

/** The global object is about to be handed to the program: create every family first. */
export function escapeGlobalObject(): void {
  if (created == ALL) return;
  for (let f = 0; f < LAZY_COUNT; f++) ensureFamily(f);
}
