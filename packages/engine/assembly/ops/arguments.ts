// Arguments objects — ECMA-262 §10.4.4. A strict function's, or one with non-simple parameters,
// is unmapped (CreateUnmappedArgumentsObject). A sloppy function with simple parameters gets a
// mapped one (CreateMappedArgumentsObject): while index i < the number of arguments is mapped,
// arguments[i] and the i-th parameter are one variable. The compiler keeps such a function's
// parameters in its environment cell (lower/arguments.ts), so the parameter map is that cell and
// a slot per index:
//
//   OBJ_AUX: boxed Vector [env, slot of index 0, slot of index 1, ...]  (slot -1: not mapped)
//
// The map is kept in step both ways instead of being read through: a parameter write also writes
// the own data property (rt_arguments_param_set), and [[Set]] / [[DefineOwnProperty]] of a mapped
// index also write the parameter (argumentsMapSet), so reads of either stay ordinary (and every
// reflective path sees the right value). [[Delete]], and defining an accessor or a non-writable
// value, end the mapping of that index (§10.4.4.2 step 6, §10.4.4.5).
import {
  PROP_ACCESSOR, PROP_WRITABLE, PROP_CONFIGURABLE, OBJ_FLAG_ARGUMENTS, OBJ_FLAG_MAPPED_ARGUMENTS, OBJ_AUX,
  OBJ_AUX_BYTES, CELL_OBJECT, ENV_SLOTS,
} from "../layout.generated";
import { UNDEFINED, boxObject, isObject, fromF64, toF64, ptr } from "../value";
import { cellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { newVector, vecSet, vecGet, vecCapacity } from "../object/vector";
import { allocObject, OrdinaryObjectCreate, addOwnProperty, objSetFlags, findOwn, setOwnValue, propAttrs, NO_PROP } from "../object/object";
import { newNativeFunction } from "../object/function";
import { internStatic } from "../string/atoms";
import { markCell } from "../heap/gc";
import { ObjectPrototype } from "../realm";
import { A_length, A_empty } from "../names";
import { throwTypeError } from "../errors";
import { CreateDataProperty } from "./define-property";
import { indexKey, keyIndex } from "./property";
import { SymbolIterator } from "../builtins/symbol";
import { arrayValuesFunction } from "../builtins/iterator-prototypes";

let ThrowTypeErrorFunction: usize = 0;
function ThrowTypeError(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return throwTypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
}
/** %ThrowTypeError% — §10.2.4.1, made on first use. */
function throwTypeErrorFunction(): usize {
  if (ThrowTypeErrorFunction == 0) ThrowTypeErrorFunction = newNativeFunction(A_empty, 0, ThrowTypeError.index, 0);
  return ThrowTypeErrorFunction;
}
export function markArgumentsRoots(): void { markCell(ThrowTypeErrorFunction); }

/** The arguments object's own properties in spec order: indices, `length`, @@iterator (not
 *  enumerable), and `callee`: `callee` the function of a mapped object, else an accessor whose
 *  getter and setter are %ThrowTypeError%. `o` is rooted. */
function defineArgumentsProperties(o: usize, argv: usize, argc: i32, callee: u32): void {
  for (let i = 0; i < argc; i++) CreateDataProperty(boxObject(o), indexKey(<u32>i), load<i64>(argv + (<usize>i << 3)));
  addOwnProperty(o, A_length, fromF64(<f64>argc), PROP_WRITABLE | PROP_CONFIGURABLE);
  addOwnProperty(o, SymbolIterator(), boxObject(arrayValuesFunction()), PROP_WRITABLE | PROP_CONFIGURABLE);
  if (callee != 0) {
    addOwnProperty(o, internStatic("callee"), boxObject(callee), PROP_WRITABLE | PROP_CONFIGURABLE);
    return;
  }
  const thrower = boxObject(throwTypeErrorFunction());
  const pair = newVector(2);
  vecSet(pair, 0, thrower);
  vecSet(pair, 1, thrower);
  pushRoot(boxObject(pair));
  addOwnProperty(o, internStatic("callee"), boxObject(pair), PROP_ACCESSOR);
}

/** CreateUnmappedArgumentsObject(argumentsList) — §10.4.4.6. */
export function rt_create_arguments(argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  pushRoot(boxObject(o));
  objSetFlags(o, OBJ_FLAG_ARGUMENTS);
  defineArgumentsProperties(o, argv, argc, 0);
  restoreSp(sp0);
  return boxObject(o);
}

/** CreateMappedArgumentsObject(func, formals, argumentsList, env) — §10.4.4.7, steps 1-16 and
 *  21-22: the object of function `callee`, with a parameter map over environment cell `env` in
 *  which no index is mapped yet; rt_map_argument maps each (steps 17-20, which the compiler
 *  knows statically). */
export function rt_create_mapped_arguments(argv: usize, argc: i32, callee: u32, env: usize, paramCount: i32): i64 {
  const sp0 = saveSp();
  const o = allocObject(CELL_OBJECT, OBJ_AUX_BYTES, boxObject(ObjectPrototype));
  store<i64>(o, UNDEFINED, OBJ_AUX);
  pushRoot(boxObject(o));
  objSetFlags(o, OBJ_FLAG_ARGUMENTS | OBJ_FLAG_MAPPED_ARGUMENTS);
  defineArgumentsProperties(o, argv, argc, callee);
  const n = argc < paramCount ? argc : paramCount;
  const map = newVector(<u32>n + 1);
  vecSet(map, 0, boxObject(env));
  for (let i: u32 = 1; i <= <u32>n; i++) vecSet(map, i, fromF64(-1));
  store<i64>(o, boxObject(map), OBJ_AUX);
  restoreSp(sp0);
  return boxObject(o);
}

/** Map index `index` to the parameter in slot `slot` of the map's environment (ignored past the
 *  arguments passed: only those are mapped). */
export function rt_map_argument(args: i64, index: i32, slot: i32): void {
  const map = ptr(load<i64>(ptr(args), OBJ_AUX));
  if (<u32>index + 1 < vecCapacity(map)) vecSet(map, <u32>index + 1, fromF64(<f64>slot));
}

/** The environment slot index `index` is mapped to, or -1. */
function mappedSlot(o: usize, index: i64): i32 {
  const aux = load<i64>(o, OBJ_AUX);
  if (!isObject(aux) || index < 0) return -1;
  const map = ptr(aux);
  if (index + 1 >= <i64>vecCapacity(map)) return -1;
  return <i32>toF64(vecGet(map, <u32>index + 1));
}

// @ts-ignore: decorator
@inline function isMapped(o: usize): bool { return (cellFlags(o) & OBJ_FLAG_MAPPED_ARGUMENTS) != 0; }

/** Own data property `key` of arguments object `o` was set to `v` ([[Set]] §10.4.4.4 step 3,
 *  [[DefineOwnProperty]] §10.4.4.2 step 7.b.i): the parameter it maps to gets `v` too. */
export function argumentsMapSet(o: usize, key: usize, v: i64): void {
  if (!isMapped(o)) return;
  const slot = mappedSlot(o, keyIndex(key));
  if (slot < 0) return;
  const env = ptr(vecGet(ptr(load<i64>(o, OBJ_AUX)), 0));
  store<i64>(env + ENV_SLOTS + (<usize>slot << 3), v);
}

/** Index `key` of arguments object `o` is no longer mapped (its parameter keeps its value). */
export function argumentsUnmap(o: usize, key: usize): void {
  if (!isMapped(o)) return;
  const index = keyIndex(key);
  if (mappedSlot(o, index) >= 0) vecSet(ptr(load<i64>(o, OBJ_AUX)), <u32>index + 1, fromF64(-1));
}

/** The parameter of index `index` of the function whose mapped arguments object is `args` was
 *  assigned `v`: while mapped, the own property follows (the map's [[Get]], §10.4.4.3). A
 *  property made non-writable without [[DefineOwnProperty]] (Object.freeze) ends the mapping. */
export function rt_arguments_param_set(args: i64, index: i32, v: i64): void {
  if (!isObject(args)) return;
  const o = ptr(args);
  if (!isMapped(o) || mappedSlot(o, index) < 0) return;
  const key = indexKey(<u32>index);
  const ref = findOwn(o, key);
  if (ref == NO_PROP || (propAttrs(ref) & (PROP_ACCESSOR | PROP_WRITABLE)) != PROP_WRITABLE) {
    argumentsUnmap(o, key);
    return;
  }
  setOwnValue(o, ref, v);
}
