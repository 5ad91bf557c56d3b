// Uncaught errors: node prints them on stderr and exits with code 1. The stderr shape is
// pgo's ("Uncaught TypeError: message": there are no stack traces to show); stdout and the exit
// code match node.
import { CELL_ERROR } from "../layout.generated";
import { isObject, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot } from "../heap/stack";
import { takeException } from "../errors";
import { ToString } from "../ops/conversion";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish, sbDiscard } from "../string/builder";
import { writeString, writeStatic, flushAll, exitProcess } from "../io/output";
import { inspectValue } from "../builtins/inspect";
import { promiseResult } from "../builtins/promise-ops";
import { appendReceiver } from "../builtins/collections-common";

/** Print "Uncaught <error>" for thrown value `v` on stderr. */
export function reportUncaught(v: i64): void {
  pushRoot(v);
  const sb = sbOpen();
  sbAppendStatic(sb, "Uncaught ");
  if (!appendReason(sb, v)) { sbDiscard(sb); takeException(); writeStatic(2, "Uncaught exception\n"); return; }
  sbAppendStatic(sb, "\n");
  writeString(2, sbFinish(sb));
}

/** Errors as their toString, anything else inspected. */
function appendReason(sb: usize, v: i64): bool {
  if (isObject(v) && cellKind(ptr(v)) == CELL_ERROR) {
    const s = ToString(v);
    if (s == 0) return false;
    sbAppendString(sb, s);
    return true;
  }
  return inspectValue(sb, v, false);
}

/** A wasi:http build (set by rt_http_install, so in its snapshot): there is no process to end.
 *  An uncaught error or unhandled rejection stops the request's event loop instead (loopStopped),
 *  and `handle` returns: a response already sent stays sent and the instance stays usable. */
export let noProcess = false;
export function setNoProcess(): void { noProcess = true; }
/** Set when an uncaught error stopped the event loop of a wasi:http build (cleared per request). */
export let loopStopped = false;
export function resetLoopStopped(): void { loopStopped = false; }

/** After reporting an uncaught error: exit 1, or in a wasi:http build stop the event loop. */
function endUncaught(): void {
  if (!noProcess) exitProcess(1);
  flushAll();
  loopStopped = true;
}

/** An uncaught exception at run time: flush, report, exit 1 (stop the loop: noProcess). */
export function dieUncaught(v: i64): void {
  flushAll();
  reportUncaught(v);
  endUncaught();
}

/** A promise rejection nothing handled (node's default --unhandled-rejections=throw): an Error
 *  reason is reported as an uncaught error; anything else as node's UnhandledPromiseRejection. */
export function dieUnhandledRejection(p: usize): void {
  const reason = promiseResult(p);
  flushAll();
  if (isObject(reason) && cellKind(ptr(reason)) == CELL_ERROR) {
    reportUncaught(reason);
  } else {
    pushRoot(reason);
    const sb = sbOpen();
    sbAppendStatic(sb, "Uncaught UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"");
    if (!appendReceiver(sb, reason)) takeException();
    sbAppendStatic(sb, "\".\n");
    writeString(2, sbFinish(sb));
  }
  endUncaught();
}
