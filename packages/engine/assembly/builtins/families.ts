// The builtin families, each in its own file, registered here in initialization order; the lazy
// ones (lazy.ts) get placeholders here and are created on first use.
import { initFunction } from "./function";
import { initArray } from "./array";
import { initString } from "./string";
import { initGlobalFunctions } from "./global-functions";
import { initNumber } from "./number";
import { initBoolean } from "./boolean";
import { initJSON } from "./json";
import { initAggregateError } from "./error-aggregate";
import { initPromise } from "./promise";
import { initHost } from "../host/index";
import { initRegExpEager } from "./regexp";
import {
  defineLazyFamily, LAZY_MATH, LAZY_COLLECTIONS, LAZY_BINARY, LAZY_DATE, LAZY_REGEXP, LAZY_URI, LAZY_BIGINT,
} from "./lazy";

export function initBuiltinFamilies(global: usize): void {
  initFunction(global);
  initArray(global);
  initString(global);
  initGlobalFunctions(global); // before initNumber: Number.parseInt is the global parseInt
  defineLazyFamily(global, LAZY_URI); // decodeURI … unescape
  initNumber(global);
  initBoolean(global);
  defineLazyFamily(global, LAZY_MATH);
  defineLazyFamily(global, LAZY_COLLECTIONS); // Map, Set, WeakMap, WeakSet
  initJSON(global);
  defineLazyFamily(global, LAZY_BINARY); // ArrayBuffer, typed arrays, DataView
  defineLazyFamily(global, LAZY_DATE);
  defineLazyFamily(global, LAZY_BIGINT);
  initAggregateError(global);
  initPromise(global);
  initHost(global); // process, timers, queueMicrotask, TextEncoder/TextDecoder
  defineLazyFamily(global, LAZY_REGEXP);
  initRegExpEager();
}
