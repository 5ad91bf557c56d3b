// The host's globals (what node adds to the language): process, timers, immediates,
// queueMicrotask, TextEncoder/TextDecoder. Registered from builtins/families.ts.
import { UNDEFINED, EXCEPTION, ptr } from "../value";
import { findOwn, ownValue } from "../object/object";
import { internStatic } from "../string/atoms";
import { arg, defineMethod } from "../builtins/native";
import { enqueueCallback } from "../jobs/microtasks";
import { validateFunction } from "./node-errors";
import { initProcess } from "./process";
import { initTimers } from "./timers";
import { initImmediates } from "./immediates";
import { initTextEncoding } from "./text-encoding";
import { initStdioBytes } from "./stdio-bytes";

/** queueMicrotask(callback) (HTML): a microtask calling callback(). */
function queueMicrotask_(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const callback = arg(argv, argc, 0);
  if (!validateFunction(callback, "callback")) return EXCEPTION;
  enqueueCallback(callback);
  return UNDEFINED;
}

export function initHost(global: usize): void {
  initProcess(global);
  initTimers(global);
  initImmediates(global);
  defineMethod(global, "queueMicrotask", 1, queueMicrotask_);
  initTextEncoding(global);
  // The serve ABI's byte I/O, hidden on process (read back from the global: initProcess made it).
  // (process._wasiHttp comes only in a wasi:http build: host/wasi-http.ts, rt_http_install.)
  initStdioBytes(ptr(ownValue(global, findOwn(global, internStatic("process")))));
}
