// console.log, console.info (stdout) and console.error, console.warn (stderr): arguments are
// inspected and joined with spaces, as node's console does without format specifiers.
import { UNDEFINED, EXCEPTION } from "../value";
import { OrdinaryObjectCreate } from "../object/object";
import { ObjectPrototype } from "../realm";
import { boxObject } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { sbOpen, sbAppendChar, sbFinish, sbDiscard } from "../string/builder";
import { writeString } from "../io/output";
import { inspectValue } from "./inspect";
import { defineMethod, defineValue, ATTR_HIDDEN } from "./native";

function logTo(fd: u32, argv: usize, argc: i32): i64 {
  const sb = sbOpen();
  for (let i = 0; i < argc; i++) {
    if (i > 0) sbAppendChar(sb, 32);
    if (!inspectValue(sb, load<i64>(argv + (<usize>i << 3)), true)) { sbDiscard(sb); return EXCEPTION; }
  }
  sbAppendChar(sb, 10);
  writeString(fd, sbFinish(sb));
  return UNDEFINED;
}

function console_log(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return logTo(1, argv, argc); }
function console_error(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return logTo(2, argv, argc); }

export function initConsole(global: usize): void {
  const c = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  const sp0 = saveSp();
  pushRoot(boxObject(c));
  defineMethod(c, "log", 0, console_log);
  defineMethod(c, "info", 0, console_log);
  defineMethod(c, "debug", 0, console_log);
  defineMethod(c, "error", 0, console_error);
  defineMethod(c, "warn", 0, console_error);
  defineValue(global, "console", boxObject(c), ATTR_HIDDEN);
  restoreSp(sp0);
}
