// Modules with top-level await — ECMA-262 §16.2.1.5.3 ExecuteAsyncModule: the module body is run
// as an async function body (AsyncBlockStart on a new promise capability). Its promise is the
// module's evaluation promise: a rejection nobody handles ends the process like any unhandled
// rejection (node exits 1), and one still pending when the event loop runs dry is node's
// "unsettled top-level await" (a warning and exit code 13) — for the entry module; a module with
// `main` is imported by node's harness, whose import() just never settles (exit code 0).
import { UNDEFINED, EXCEPTION, boxObject, ptr } from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { markValue } from "../heap/gc";
import { newClosure } from "../object/function";
import { rt_async_call } from "./async-function";
import {
  isPromise, promiseState, PROMISE_PENDING, CAP_SLOTS, newDirectCapability, newNativeClosure, nativeInfo,
  PerformPromiseThen,
} from "./promise-ops";
import { NativeFn } from "./native";

/** The evaluation promise of the program's module, UNDEFINED for a program without top-level await. */
let modulePromise: i64 = UNDEFINED;
/** Set when the host waits for the evaluation as an import() would (afterModuleEvaluation). */
let imported = false;

export function markAsyncModuleRoots(): void { markValue(modulePromise); }

/** Start the program's body (FunctionInfo `info`, coroutine body at table index `code`) as an
 *  async module: it runs until its first await; returns the evaluation promise. */
export function rt_async_module(info: usize, code: u32): i64 {
  // The body's function object: what a resumed body names in stack traces (its FunctionInfo).
  const f = newClosure(info, 0);
  const sp0 = saveSp();
  pushRoot(boxObject(f));
  const p = rt_async_call(<u32>f, UNDEFINED, 0, 0, code);
  restoreSp(sp0);
  if (p != EXCEPTION) modulePromise = p;
  return p;
}

/** Call native `fn` once the module's evaluation promise fulfills, as `import(m).then(fn)` does:
 *  a rejection goes to a derived promise nobody handles, so it still ends the process. */
export function afterModuleEvaluation(fn: NativeFn): void {
  imported = true;
  const sp0 = saveSp();
  const cap = reserveSlots(CAP_SLOTS);
  newDirectCapability(cap);
  const onFulfilled = pushRoot(boxObject(newNativeClosure(nativeInfo(fn, 1), 0)));
  PerformPromiseThen(ptr(modulePromise), load<i64>(onFulfilled), UNDEFINED, cap);
  restoreSp(sp0);
}

/** Whether the program's top-level await is still waiting (at the end: once nothing else can run). */
export function unsettledTopLevelAwait(): bool {
  return isPromise(modulePromise) && promiseState(ptr(modulePromise)) == PROMISE_PENDING;
}

/** The entry module's top-level await never settled: node's warning and exit code 13. */
export function entryModuleUnsettled(): bool { return !imported && unsettledTopLevelAwait(); }
