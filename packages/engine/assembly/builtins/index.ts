// Creates the realm's intrinsics and the global object at initialization (build time, so they are
// in the snapshot). Each builtin family lives in its own file with an init function.
import { CELL_ARRAY, CELL_FUNCTION, CELL_PRIMITIVE_WRAPPER, OBJ_BYTES, OBJ_AUX, OBJ_AUX_BYTES, FN_BYTES } from "../layout.generated";
import { NULL, boxObject, boxString, fromF64, FALSE, UNDEFINED } from "../value";
import { pushRoot } from "../heap/stack";
import { allocObject, OrdinaryObjectCreate, objSetFlags } from "../object/object";
import { newFunctionInfo } from "../object/function";
import {
  setObjectPrototype, setFunctionPrototype, setArrayPrototype, setStringPrototype,
  setNumberPrototype, setBooleanPrototype, setSymbolPrototype, setGlobalObject,
} from "../realm";
import { A_empty } from "../names";
import { FN_INFO, OBJ_FLAG_NO_DICTIONARY } from "../layout.generated";
import { defineValue, ATTR_HIDDEN } from "./native";
import { initErrors } from "./error";
import { initObject } from "./object";
import { initConsole } from "./console";
import { initBuiltinFamilies } from "./families";
import { initWellKnownSymbols, initSymbol } from "./symbol";
import { initIterators } from "./iterator-prototypes";
import { initGenerators } from "./generator";
import { initAsyncIteration } from "./async-iteration";
import { defineLazyFamily, LAZY_REFLECT } from "./lazy";

/** Builds every intrinsic; returns the global object. Each object is pushed on the shadow stack
 *  as it is made: initialization keeps them rooted until the realm globals hold them. */
export function initRealm(): usize {
  const objectProto = OrdinaryObjectCreate(NULL);
  pushRoot(boxObject(objectProto));
  setObjectPrototype(objectProto);
  const protoValue = boxObject(objectProto);

  // %Function.prototype% is itself a function that accepts any arguments and returns undefined.
  const functionProto = allocObject(CELL_FUNCTION, FN_BYTES, protoValue);
  pushRoot(boxObject(functionProto));
  store<u32>(functionProto, <u32>newFunctionInfo(A_empty, 0, 8, 0), FN_INFO);
  setFunctionPrototype(functionProto);

  const arrayProto = allocObject(CELL_ARRAY, OBJ_BYTES, protoValue);
  pushRoot(boxObject(arrayProto));
  setArrayPrototype(arrayProto);

  const stringProto = allocObject(CELL_PRIMITIVE_WRAPPER, OBJ_AUX_BYTES, protoValue);
  store<i64>(stringProto, boxString(A_empty), OBJ_AUX);
  pushRoot(boxObject(stringProto));
  setStringPrototype(stringProto);

  const numberProto = allocObject(CELL_PRIMITIVE_WRAPPER, OBJ_AUX_BYTES, protoValue);
  store<i64>(numberProto, fromF64(0), OBJ_AUX);
  pushRoot(boxObject(numberProto));
  setNumberPrototype(numberProto);

  const booleanProto = allocObject(CELL_PRIMITIVE_WRAPPER, OBJ_AUX_BYTES, protoValue);
  store<i64>(booleanProto, FALSE, OBJ_AUX);
  pushRoot(boxObject(booleanProto));
  setBooleanPrototype(booleanProto);

  const symbolProto = OrdinaryObjectCreate(protoValue);
  pushRoot(boxObject(symbolProto));
  setSymbolPrototype(symbolProto);

  const global = OrdinaryObjectCreate(protoValue);
  pushRoot(boxObject(global));
  setGlobalObject(global);
  objSetFlags(global, OBJ_FLAG_NO_DICTIONARY); // global-variable caches key on its shape

  defineValue(global, "globalThis", boxObject(global), ATTR_HIDDEN);
  defineValue(global, "NaN", fromF64(NaN), 0);
  defineValue(global, "Infinity", fromF64(Infinity), 0);
  defineValue(global, "undefined", UNDEFINED, 0);

  initWellKnownSymbols();
  initSymbol(global);
  initIterators(global);
  initAsyncIteration();
  initGenerators(global);
  initObject(global);
  defineLazyFamily(global, LAZY_REFLECT);
  initErrors(global);
  initConsole(global);
  initBuiltinFamilies(global);
  return global;
}

