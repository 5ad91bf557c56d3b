// The builtin families, each in its own file, registered here in initialization order.
import { initFunction } from "./function";
import { initArray } from "./array";
import { initString } from "./string";
import { initGlobalFunctions } from "./global-functions";
import { initNumber } from "./number";
import { initBoolean } from "./boolean";
import { initMath } from "./math";
import { initMap } from "./map";
import { initSet } from "./set";
import { initWeakMap } from "./map-weak";
import { initWeakSet } from "./set-weak";
import { initJSON } from "./json";
import { initArrayBuffer } from "./array-buffer";
import { initTypedArrays } from "./typed-array";
import { initTypedArrayMethods } from "./typed-array-methods";
import { initDataView } from "./data-view";
import { initDate } from "./date";
import { initAggregateError } from "./error-aggregate";
import { initPromise } from "./promise";
import { initHost } from "../host/index";
import { initRegExp } from "./regexp";

export function initBuiltinFamilies(global: usize): void {
  initFunction(global);
  initArray(global);
  initString(global);
  initGlobalFunctions(global); // before initNumber: Number.parseInt is the global parseInt
  initNumber(global);
  initBoolean(global);
  initMath(global);
  initMap(global);
  initSet(global);
  initWeakMap(global);
  initWeakSet(global);
  initJSON(global);
  initArrayBuffer(global);
  initTypedArrays(global, initTypedArrayMethods); // after initArray: shares Array.prototype.toString
  initDataView(global);
  initDate(global);
  initAggregateError(global);
  initPromise(global);
  initHost(global); // process, timers, queueMicrotask, TextEncoder/TextDecoder
  initRegExp(global);
}
