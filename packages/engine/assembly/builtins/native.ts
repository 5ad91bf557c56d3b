// Helpers for writing builtins: the native function type, argument access, and registration of
// methods and constructors from a builtin file's table of (name, length, function).
import { PROP_WRITABLE, PROP_CONFIGURABLE, PROP_ACCESSOR } from "../layout.generated";
import { UNDEFINED, EXCEPTION, boxObject, isObject } from "../value";
import { Get } from "../ops/property";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { OrdinaryObjectCreate, addOwnProperty, putHidden } from "../object/object";
import { ObjectPrototype } from "../realm";
import { newVector, vecSet } from "../object/vector";
import { newNativeFunction, FF_CONSTRUCTOR, FF_SELF_CONSTRUCT } from "../object/function";
import { A_prototype, A_constructor } from "../names";

/** Every builtin has the uniform JS calling convention (object/function.ts). */
export type NativeFn = (callee: u32, thisv: i64, argv: usize, argc: i32) => i64;

/** Argument `i`, or undefined when fewer were passed. */
// @ts-ignore: decorator
@inline export function arg(argv: usize, argc: i32, i: i32): i64 {
  return i < argc ? load<i64>(argv + (<usize>i << 3)) : UNDEFINED;
}

/** Define method `name` of `length` on `target` (writable, configurable, not enumerable). */
export function defineMethod(target: usize, name: string, length: u32, fn: NativeFn): usize {
  const f = newNativeFunction(internStatic(name), length, fn.index, 0);
  const sp0 = saveSp();
  pushRoot(boxObject(f));
  putHidden(target, internStatic(name), boxObject(f));
  restoreSp(sp0);
  return f;
}

/** Define accessor `name` with native getter `fn` (named "get <name>") and no setter: not
 *  enumerable, configurable. The slot holds the accessor pair [getter, setter]. */
export function defineGetter(target: usize, name: string, getterName: string, fn: NativeFn): usize {
  return defineKeyedGetter(target, internStatic(name), getterName, fn);
}

/** defineGetter under key `key` (an atom or a symbol cell, e.g. [Symbol.species]). */
export function defineKeyedGetter(target: usize, key: usize, getterName: string, fn: NativeFn): usize {
  const f = newNativeFunction(internStatic(getterName), 0, fn.index, 0);
  const sp0 = saveSp();
  pushRoot(boxObject(f));
  const pair = newVector(2);
  vecSet(pair, 0, boxObject(f));
  vecSet(pair, 1, UNDEFINED);
  addOwnProperty(target, key, boxObject(pair), PROP_ACCESSOR | PROP_CONFIGURABLE);
  restoreSp(sp0);
  return f;
}

/** Define method `fnName` under key `key` (an atom or a symbol cell, e.g. [Symbol.iterator]) with
 *  attributes `attrs` (ATTR_HIDDEN for ordinary methods). */
export function defineKeyedMethod(target: usize, key: usize, fnName: string, length: u32, fn: NativeFn,
                                  attrs: u32): usize {
  const f = newNativeFunction(internStatic(fnName), length, fn.index, 0);
  const sp0 = saveSp();
  pushRoot(boxObject(f));
  addOwnProperty(target, key, boxObject(f), attrs);
  restoreSp(sp0);
  return f;
}

/** Define a data property under key `key` (an atom or a symbol cell). */
export function defineKeyedValue(target: usize, key: usize, v: i64, attrs: u32): void {
  const sp0 = saveSp();
  pushRoot(v);
  addOwnProperty(target, key, v, attrs);
  restoreSp(sp0);
}

/** A namespace object (Math, JSON, Reflect, console): an ordinary object whose prototype is
 *  %Object.prototype%, defined as hidden data property `name` of `holder`, which roots it from
 *  then on, so its methods are defined without a shadow-stack slot of their own. */
export function defineNamespaceObject(holder: usize, name: string): usize {
  const o = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  defineValue(holder, name, boxObject(o), ATTR_HIDDEN);
  return o;
}

/** Define a data property `name` = v, not enumerable (constants such as Math.PI are also
 *  non-writable and non-configurable: pass attrs 0). */
export function defineValue(target: usize, name: string, v: i64, attrs: u32): void {
  const sp0 = saveSp();
  pushRoot(v);
  addOwnProperty(target, internStatic(name), v, attrs);
  restoreSp(sp0);
}

/** Define constructor `name` on the global object with its prototype object `proto`; `selfAlloc`
 *  constructors allocate their own object when called with new (Error, Array). */
export function defineConstructor(global: usize, name: string, length: u32, fn: NativeFn,
                                  proto: usize, selfAlloc: bool): usize {
  const flags = FF_CONSTRUCTOR | (selfAlloc ? FF_SELF_CONSTRUCT : 0);
  const c = newNativeFunction(internStatic(name), length, fn.index, flags);
  const sp0 = saveSp();
  pushRoot(boxObject(c));
  if (proto != 0) {
    addOwnProperty(c, A_prototype, boxObject(proto), 0);
    putHidden(proto, A_constructor, boxObject(c));
  }
  putHidden(global, internStatic(name), boxObject(c));
  restoreSp(sp0);
  return c;
}

export const ATTR_HIDDEN: u32 = PROP_WRITABLE | PROP_CONFIGURABLE;

/** GetPrototypeFromConstructor(newTarget, intrinsicDefaultProto) — §10.1.14 for native
 *  constructor `callee` entered with new.target `nt`: the default unless a subclass is being
 *  constructed. A boxed object, or EXCEPTION. */
export function GetPrototypeFromConstructor(nt: i64, callee: u32, defaultProto: usize): i64 {
  if (nt == boxObject(<usize>callee) || !isObject(nt)) return boxObject(defaultProto);
  const sp0 = saveSp();
  pushRoot(nt);
  const p = Get(nt, A_prototype, nt);
  restoreSp(sp0);
  if (p == EXCEPTION) return EXCEPTION;
  return isObject(p) ? p : boxObject(defaultProto);
}
