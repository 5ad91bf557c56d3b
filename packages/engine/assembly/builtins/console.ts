// The console object as node 20 implements it (lib/internal/console/constructor.js): log, info
// and debug write to stdout, error and warn to stderr, each formatting its arguments with
// util.format (inspect-format.ts); dir inspects one value; group/groupEnd indent by two spaces;
// assert warns "Assertion failed".
import {
  UNDEFINED, EXCEPTION, NULL, isObject, isNumber, boxObject, boxString, toF64,
} from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strLength, strCharAt } from "../string/string";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { writeString, writeStatic, writeNewline } from "../io/output";
import { Get } from "../ops/property";
import { ToBoolean, ToString } from "../ops/conversion";
import { inspect } from "./inspect";
import { formatLogArgs } from "./inspect-format";
import { kNoDepthLimit } from "./inspect-context";
import { sbAppendSpaces } from "./inspect-primitive";
import { arg, defineMethod, defineNamespaceObject } from "./native";

/** kGroupIndent's length: console.group adds kGroupIndentationWidth (2) spaces. */
let groupIndent: i32 = 0;

/** kWriteToConsole: indent every line by the group indentation and add the newline. */
function writeToConsole(fd: u32, s: usize): void {
  if (groupIndent == 0) {
    writeString(fd, s);
  } else {
    const sp0 = saveSp();
    pushRoot(boxString(s));
    const sb = sbOpen();
    sbAppendSpaces(sb, groupIndent);
    const n = strLength(s);
    for (let i = 0; i < n; i++) {
      const c = strCharAt(s, i);
      sbAppendChar(sb, c);
      if (c == 10) sbAppendSpaces(sb, groupIndent);
    }
    writeString(fd, sbFinish(sb));
    restoreSp(sp0);
  }
  writeNewline(fd);
}

function logTo(fd: u32, argv: usize, argc: i32): i64 {
  const s = formatLogArgs(argv, argc);
  if (s == 0) return EXCEPTION;
  writeToConsole(fd, s);
  return UNDEFINED;
}

function console_log(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return logTo(1, argv, argc); }
function console_error(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return logTo(2, argv, argc); }

/** console.dir(object, options): util.inspect(object, { customInspect: false, ...options }) with
 *  the `depth` (a number, or null for no limit) and `showHidden` options. */
function console_dir(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const options = arg(argv, argc, 1);
  let depth = 2;
  let hidden = false;
  if (isObject(options)) {
    const d = Get(options, internStatic("depth"), options);
    if (d == EXCEPTION) return EXCEPTION;
    if (d == NULL) depth = kNoDepthLimit;
    else if (isNumber(d)) {
      const x = toF64(d);
      depth = x >= <f64>kNoDepthLimit ? kNoDepthLimit : x < -1 ? -1 : <i32>Math.floor(x);
    }
    const h = Get(options, internStatic("showHidden"), options);
    if (h == EXCEPTION) return EXCEPTION;
    hidden = ToBoolean(h);
  }
  const s = inspect(arg(argv, argc, 0), depth, hidden);
  if (s == 0) return EXCEPTION;
  writeToConsole(1, s);
  return UNDEFINED;
}

/** console.group(...data) / groupCollapsed: log the data, if any, then indent. */
function console_group(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (argc > 0 && logTo(1, argv, argc) == EXCEPTION) return EXCEPTION;
  groupIndent += 2;
  return UNDEFINED;
}

function console_groupEnd(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  groupIndent = groupIndent >= 2 ? groupIndent - 2 : 0;
  return UNDEFINED;
}

/** console.assert(expression, ...args): when falsy, warn with "Assertion failed" prefixed to
 *  the first argument (`Assertion failed: ${args[0]}`). */
function console_assert(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (ToBoolean(arg(argv, argc, 0))) return UNDEFINED;
  const sp0 = saveSp();
  const n = argc > 1 ? argc - 1 : 1;
  const args = reserveSlots(n);
  for (let i = 1; i < argc; i++) store<i64>(args + (<usize>(i - 1) << 3), load<i64>(argv + (<usize>i << 3)));
  let msg: usize;
  if (argc <= 1) {
    msg = internStatic("Assertion failed");
  } else {
    const first = ToString(load<i64>(args));
    if (first == 0) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(args, boxString(first));
    const sb = sbOpen();
    sbAppendStatic(sb, "Assertion failed: ");
    sbAppendString(sb, first);
    msg = sbFinish(sb);
  }
  store<i64>(args, boxString(msg));
  const r = logTo(2, args, n);
  restoreSp(sp0);
  return r;
}

export function initConsole(global: usize): void {
  const c = defineNamespaceObject(global, "console");
  defineMethod(c, "log", 0, console_log);
  defineMethod(c, "warn", 0, console_error);
  defineMethod(c, "dir", 0, console_dir);
  defineMethod(c, "error", 0, console_error);
  defineMethod(c, "info", 0, console_log);
  defineMethod(c, "debug", 0, console_log);
  defineMethod(c, "group", 0, console_group);
  defineMethod(c, "groupCollapsed", 0, console_group);
  defineMethod(c, "groupEnd", 0, console_groupEnd);
  defineMethod(c, "assert", 0, console_assert);
}
