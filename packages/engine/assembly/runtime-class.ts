// Entry points for classes — ECMA-262 §15.7 ClassDefinitionEvaluation and §10.2 [[Construct]]
// of class constructors: the constructor and prototype objects, methods and accessors, the
// instance-field initializer, `super(...)`, `super.x`, and private names.
//
// Private names (§6.2.12) are symbols flagged private: they live in shapes like any key, and every
// reflective operation (OwnPropertyKeys, inspect) skips them. Private methods are non-writable
// private data properties of each instance, so a write to one is the spec's TypeError.
import { PROP_WRITABLE, PROP_CONFIGURABLE, PROP_ACCESSOR, CELL_STRING, SYM_FLAG_PRIVATE } from "./layout.generated";
import { UNDEFINED, NULL, EXCEPTION, EMPTY, TRUE, FALSE, isObject, isSymbol, boxObject, boxSymbol, boxString, fromBool, ptr } from "./value";
import { cellKind, cellFlags, setCellFlags } from "./heap/alloc";
import { pushRoot, saveSp, restoreSp } from "./heap/stack";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "./string/builder";
import { newVector, vecGet, vecSet } from "./object/vector";
import {
  OrdinaryObjectCreate, addOwnProperty, objProto, setPrototypeRaw, findOwn, ownValue, setOwnValue, propAttrs,
  NO_PROP,
} from "./object/object";
import { newClosure, isConstructor, fnInfo, FI_NAME } from "./object/function";
import { ObjectPrototype, FunctionPrototype } from "./realm";
import { A_prototype, A_constructor, A_name } from "./names";
import { TYPE_ERROR, REFERENCE_ERROR, throwErrorWith, throwTypeError, throwError } from "./errors";
import { Get, SetOnObject } from "./ops/property";
import { Call, Construct } from "./ops/call";
import { spreadArguments } from "./runtime-syntax";
import { arrayLength } from "./object/array";
import { DefineMethodProperty, CreateDataProperty, defineLiteralAccessor } from "./ops/define-property";
import { markCell } from "./heap/gc";
import { newStringFromStatic } from "./string/string";
import { valueForMessage } from "./ops/property-errors";
import { newSymbol, symbolFunctionName } from "./builtins/symbol";
import { SYM_DESCRIPTION } from "./builtins/inspect-primitive";

/** The private key under which a class constructor keeps its instance-field initializer. */
let fieldsKey: usize = 0;
export function fieldsInitializerKey(): usize {
  if (fieldsKey == 0) fieldsKey = newPrivateName(0);
  return fieldsKey;
}
export function markClassRoots(): void { markCell(fieldsKey); }

const SYM_PRIVATE_BRAND_MESSAGE: usize = 12;

function newPrivateName(desc: usize): usize {
  const s = newSymbol(desc);
  setCellFlags(s, cellFlags(s) | SYM_FLAG_PRIVATE);
  return s;
}

/** Whether property key `key` is a private name. */
// @ts-ignore: decorator
@inline export function isPrivateName(key: usize): bool {
  return cellKind(key) != CELL_STRING && (cellFlags(key) & SYM_FLAG_PRIVATE) != 0;
}

// ---- The class objects ----

/** ClassDefinitionEvaluation steps 5–16: the constructor F (code `info` over `env`) whose
 *  prototype object inherits from `parent`.prototype; `parent` is EMPTY without `extends`. */
export function rt_make_class(info: usize, env: usize, parent: i64): i64 {
  let protoParent = boxObject(ObjectPrototype);
  let ctorParent = boxObject(FunctionPrototype);
  const sp0 = saveSp();
  if (parent == NULL) protoParent = NULL;
  else if (parent != EMPTY) {
    if (!isConstructor(parent)) {
      restoreSp(sp0);
      return throwWithValue("Class extends value ", parent, " is not a constructor or null");
    }
    pushRoot(parent);
    const pp = Get(parent, A_prototype, parent);
    if (pp == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (!isObject(pp) && pp != NULL) {
      restoreSp(sp0);
      return throwWithValue("Class extends value does not have valid prototype property ", pp, "");
    }
    protoParent = pp;
    ctorParent = parent;
  }
  pushRoot(protoParent);
  const proto = OrdinaryObjectCreate(protoParent);
  pushRoot(boxObject(proto));
  const f = newClosure(info, env);
  pushRoot(boxObject(f));
  if (ctorParent != boxObject(FunctionPrototype)) setPrototypeRaw(f, ctorParent);
  addOwnProperty(f, A_prototype, boxObject(proto), 0);
  addOwnProperty(proto, A_constructor, boxObject(f), PROP_WRITABLE | PROP_CONFIGURABLE);
  restoreSp(sp0);
  return boxObject(f);
}

function throwWithValue(prefix: string, v: i64, suffix: string): i64 {
  const s = valueForMessage(v);
  if (s == 0) return EXCEPTION;
  return throwErrorWith(TYPE_ERROR, prefix, s, suffix);
}

/** F.prototype of a class just made. */
export function rt_class_prototype(f: i64): i64 { return Get(f, A_prototype, f); }

/** Method kinds of rt_define_method and rt_private_define. */
const KIND_METHOD = 0;
const KIND_GETTER = 1;
const KIND_SETTER = 2;
const KIND_FIELD = 3;

/** DefineMethodProperty / accessor definition of a class element: not enumerable. */
export function rt_define_method(target: i64, key: usize, f: i64, kind: i32): void {
  if (kind == KIND_METHOD) { DefineMethodProperty(target, key, f); return; }
  defineLiteralAccessor(target, key, kind == KIND_GETTER ? f : UNDEFINED, kind == KIND_SETTER ? f : UNDEFINED, false);
}

/** SetFunctionName(F, key, prefix) for a method with a computed key: "[desc]" for symbols,
 *  "get x" / "set x" for accessors. */
export function rt_name_method(f: i64, key: usize, kind: i32): void {
  const sp0 = saveSp();
  pushRoot(f);
  const base = cellKind(key) == CELL_STRING ? key : symbolFunctionName(key);
  pushRoot(boxString(base));
  let name = base;
  if (kind == KIND_GETTER || kind == KIND_SETTER) {
    const sb = sbOpen();
    sbAppendStatic(sb, kind == KIND_GETTER ? "get " : "set ");
    sbAppendString(sb, base);
    name = sbFinish(sb);
  }
  addOwnProperty(ptr(f), A_name, boxString(name), PROP_CONFIGURABLE);
  restoreSp(sp0);
}

/** DefineField for a public field: CreateDataPropertyOrThrow(receiver, key, v) — §7.3.33. */
export function rt_define_own(o: i64, key: usize, v: i64): i64 {
  const r = CreateDataProperty(o, key, v);
  if (r == FALSE) return throwErrorWith(TYPE_ERROR, "Cannot define property ", cellKind(key) == CELL_STRING ? key : symbolFunctionName(key), ", object is not extensible");
  return r;
}

// ---- Construction ----

/** Keep `init` (a closure run with `this` = the new object) as F's instance-field initializer. */
export function rt_set_fields(f: i64, init: i64): void {
  const sp0 = saveSp();
  pushRoot(init);
  addOwnProperty(ptr(f), fieldsInitializerKey(), init, 0);
  restoreSp(sp0);
}

/** InitializeInstanceElements(O, constructor) — §7.3.34. Returns UNDEFINED or EXCEPTION. */
export function rt_init_fields(f: i64, o: i64): i64 {
  const ref = findOwn(ptr(f), fieldsInitializerKey());
  if (ref == NO_PROP) return UNDEFINED;
  return Call(ownValue(ptr(f), ref), o, 0, 0);
}

/** `super(...args)` in the constructor of class F: Construct(F.[[GetPrototypeOf]](), args,
 *  new.target). The caller binds `this` to the result (rt_bind_super_this). */
export function rt_super_call(f: i64, argv: usize, argc: i32, nt: i64): i64 {
  const parent = objProto(ptr(f));
  if (!isConstructor(parent)) return throwWithValue("Super constructor ", parent, " of anonymous class is not a constructor");
  return Construct(parent, argv, argc, nt);
}

/** `super(...args)` with a spread: the arguments collected in array `args`. */
export function rt_super_call_spread(f: i64, args: i64, nt: i64): i64 {
  const sp0 = saveSp();
  const argv = spreadArguments(args);
  if (argv == 0) { restoreSp(sp0); return EXCEPTION; }
  const r = rt_super_call(f, argv, <i32>arrayLength(ptr(args)), nt);
  restoreSp(sp0);
  return r;
}

/** BindThisValue after super(): `current` is the this binding, EMPTY until bound. */
export function rt_bind_super_this(current: i64, result: i64): i64 {
  if (current != EMPTY) return throwError(REFERENCE_ERROR, newStringFromStatic("Super constructor may only be called once"));
  return result;
}

/** The completion of a derived constructor returning `v` with this binding `thisv` (§10.2.2
 *  [[Construct]] steps 10–12). */
export function rt_derived_result(v: i64, thisv: i64): i64 {
  if (isObject(v)) return v;
  if (v != UNDEFINED) return throwTypeError("Derived constructors may only return object or undefined");
  if (thisv == EMPTY) return rt_throw_this_tdz();
  return thisv;
}

export function rt_throw_this_tdz(): i64 {
  return throwError(REFERENCE_ERROR, newStringFromStatic(
    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"));
}

/** A class constructor called without new. */
export function rt_throw_class_call(f: i64): i64 {
  const name = <usize>load<u32>(fnInfo(ptr(f)), FI_NAME);
  return throwErrorWith(TYPE_ERROR, "Class constructor ", name, " cannot be invoked without 'new'");
}

/** `super[key]` in a method whose [[HomeObject]] is `home`: Get from home's prototype with
 *  `this` as the receiver. */
export function rt_super_get(home: i64, key: usize, thisv: i64): i64 {
  const proto = objProto(ptr(home));
  if (!isObject(proto)) return UNDEFINED;
  return Get(proto, key, thisv);
}

/** `super[key] = v`: a setter found on home's prototype chain runs with `this`; otherwise the
 *  property is set on `this` (OrdinarySet with the receiver). */
export function rt_super_set(home: i64, key: usize, v: i64, thisv: i64): i64 {
  if (!isObject(thisv)) return v;
  const r = SetOnObject(thisv, key, v);
  return r == EXCEPTION ? EXCEPTION : v;
}

// ---- Private names ----

/** A new private name `#desc` for one evaluation of a class body. */
/** The private name `#desc` of a class being defined. For a private method or accessor,
 *  `brandMessage` is the TypeError message of a receiver without it (V8 words that case apart:
 *  "Receiver must be an instance of class C"), kept in the symbol's spare word. */
export function rt_new_private_name(desc: usize, brandMessage: usize): i64 {
  const s = newPrivateName(desc);
  store<u32>(s, <u32>brandMessage, SYM_PRIVATE_BRAND_MESSAGE);
  return boxSymbol(s);
}

function privateError(prefix: string, name: i64, suffix: string): i64 {
  return throwErrorWith(TYPE_ERROR, prefix, <usize>load<u32>(ptr(name), SYM_DESCRIPTION), suffix);
}

/** The TypeError of a receiver without private name `name`. */
function privateMissing(prefix: string, name: i64, suffix: string): i64 {
  const brand = <usize>load<u32>(ptr(name), SYM_PRIVATE_BRAND_MESSAGE);
  if (brand != 0) return throwErrorWith(TYPE_ERROR, "", brand, "");
  return privateError(prefix, name, suffix);
}

/** Private name `name` on `o` (findOwn), or NO_PROP. */
function privateRef(o: i64, name: i64): i64 {
  if (!isObject(o)) return NO_PROP;
  return findOwn(ptr(o), ptr(name));
}

/** PrivateGet(O, P) — §7.3.31. */
export function rt_private_get(o: i64, name: i64): i64 {
  const ref = privateRef(o, name);
  if (ref == NO_PROP) return privateMissing("Cannot read private member ", name, " from an object whose class did not declare it");
  const v = ownValue(ptr(o), ref);
  if ((propAttrs(ref) & PROP_ACCESSOR) == 0) return v;
  const getter = vecGet(ptr(v), 0);
  if (getter == UNDEFINED) return privateError("'", name, "' was defined without a getter");
  return Call(getter, o, 0, 0);
}

/** PrivateSet(O, P, value) — §7.3.32. Returns `v` or EXCEPTION. */
export function rt_private_set(o: i64, name: i64, v: i64): i64 {
  const ref = privateRef(o, name);
  if (ref == NO_PROP) return privateMissing("Cannot write private member ", name, " to an object whose class did not declare it");
  const attrs = propAttrs(ref);
  if ((attrs & PROP_ACCESSOR) != 0) {
    const setter = vecGet(ptr(ownValue(ptr(o), ref)), 1);
    if (setter == UNDEFINED) return privateError("'", name, "' was defined without a setter");
    const sp0 = saveSp();
    const argv = pushRoot(v);
    const r = Call(setter, o, argv, 1);
    restoreSp(sp0);
    return r == EXCEPTION ? EXCEPTION : v;
  }
  if ((attrs & PROP_WRITABLE) == 0) return privateError("Private method '", name, "' is not writable");
  setOwnValue(ptr(o), ref, v);
  return v;
}

/** PrivateFieldAdd / PrivateMethodOrAccessorAdd — §7.3.28–29: `kind` is a field, a method, a
 *  getter or a setter (the two halves of an accessor merge). Returns UNDEFINED or EXCEPTION. */
export function rt_private_define(o: i64, name: i64, v: i64, kind: i32): i64 {
  const ref = privateRef(o, name);
  const sp0 = saveSp();
  pushRoot(v);
  if (kind == KIND_GETTER || kind == KIND_SETTER) {
    let pair: usize;
    if (ref != NO_PROP && (propAttrs(ref) & PROP_ACCESSOR) != 0) pair = ptr(ownValue(ptr(o), ref));
    else if (ref != NO_PROP) { restoreSp(sp0); return privateError("Cannot initialize ", name, " twice on the same object"); }
    else {
      pair = newVector(2);
      vecSet(pair, 0, UNDEFINED);
      vecSet(pair, 1, UNDEFINED);
      pushRoot(boxObject(pair));
      addOwnProperty(ptr(o), ptr(name), boxObject(pair), PROP_ACCESSOR);
    }
    vecSet(pair, kind == KIND_GETTER ? 0 : 1, v);
    restoreSp(sp0);
    return UNDEFINED;
  }
  if (ref != NO_PROP) { restoreSp(sp0); return privateError("Cannot initialize ", name, " twice on the same object"); }
  addOwnProperty(ptr(o), ptr(name), v, kind == KIND_FIELD ? PROP_WRITABLE : 0);
  restoreSp(sp0);
  return UNDEFINED;
}

/** `#x in o` — §13.10.1. */
export function rt_private_in(name: i64, o: i64): i64 {
  if (!isObject(o)) {
    const sp0 = saveSp();
    pushRoot(o);
    const sb = sbOpen();
    sbAppendStatic(sb, "Cannot use 'in' operator to search for '");
    sbAppendString(sb, <usize>load<u32>(ptr(name), SYM_DESCRIPTION));
    sbAppendStatic(sb, "' in ");
    const v = valueForMessage(o);
    if (v != 0) sbAppendString(sb, v);
    const msg = sbFinish(sb); // pops the builder, which lies below sp0
    restoreSp(sp0);
    return throwError(TYPE_ERROR, msg);
  }
  return fromBool(privateRef(o, name) != NO_PROP);
}
