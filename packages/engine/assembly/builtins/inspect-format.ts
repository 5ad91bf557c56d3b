// util.format as console.log uses it: node 20's formatWithOptionsInternal
// (lib/internal/util/inspect.js). When the first argument is a string, %s %d %i %f %j %o %O %c
// consume arguments and %% prints "%"; the remaining arguments follow, separated by spaces,
// strings raw and everything else through util.inspect.
import { STR_DATA } from "../layout.generated";
import {
  UNDEFINED, EXCEPTION, isObject, isString, isNumber, isSymbol, isBigInt, boxObject, ptr, toF64,
} from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt } from "../string/string";
import { internStatic } from "../string/atoms";
import {
  sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbFinish, sbDiscard,
} from "../string/builder";
import { OrdinaryObjectCreate, putOwn } from "../object/object";
import { isCallable } from "../object/function";
import { GlobalObject, ObjectPrototype } from "../realm";
import { A_toString, A_constructor, A_message } from "../names";
import { takeException, throwValue } from "../errors";
import { Get } from "../ops/property";
import { ToString, ToNumber } from "../ops/conversion";
import { Call } from "../ops/call";
import { objProto } from "../object/object";
import { ParseInt, ParseFloat } from "../number/index";
import { arg } from "./native";
import { inspect } from "./inspect";
import { getOwnDescriptor, DESC_DATA, descValue } from "./inspect-keys";
import { sbAppendNumber, sbAppendSymbol, sbAppendBigInt, sbAppendSlice, strIndexOfChar } from "./inspect-primitive";

// The global names of V8's builtins that match /^[A-Z][a-zA-Z0-9]+$/ (node's builtInObjects).
const BUILTIN_NAMES = "Object Function Array Number Infinity NaN Boolean String Symbol Date Promise RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError JSON Math Intl ArrayBuffer Uint8Array Int8Array Uint16Array Int16Array Uint32Array Int32Array Float32Array Float64Array Uint8ClampedArray BigUint64Array BigInt64Array DataView Map BigInt Set WeakMap WeakSet Proxy Reflect FinalizationRegistry WeakRef SharedArrayBuffer Atomics WebAssembly";

/** Whether `name` is in node's builtInObjects: the global names of the JS builtins. */
function isBuiltInName(name: usize): bool {
  const names = BUILTIN_NAMES;
  const p = changetype<usize>(names);
  const total = names.length;
  const n = strLength(name);
  let start = 0;
  for (let i = 0; i <= total; i++) {
    if (i == total || load<u16>(p + (<usize>i << 1)) == 32) {
      if (i - start == n && memory.compare(p + (<usize>start << 1), name + STR_DATA, <usize>n << 1) == 0) return true;
      start = i + 1;
    }
  }
  return false;
}

/** Whether `o` has an own property `key`. */
function hasOwn(o: usize, key: usize): bool { return getOwnDescriptor(o, key) != 0; }

/** hasBuiltInToString(value): whether `value`'s toString is a builtin's (so %s inspects it) rather
 *  than user code (so %s calls String(value)). Returns 1, 0, or -1 with an exception pending.
 *  Symbol.toPrimitive is not checked: the engine has no well-known symbols yet. */
function hasBuiltInToString(value: i64): i32 {
  const sp0 = saveSp();
  pushRoot(value);
  const ts = Get(value, A_toString, value);
  restoreSp(sp0);
  if (ts == EXCEPTION) return -1;
  if (!isCallable(ts)) return 1;
  if (hasOwn(ptr(value), A_toString)) return 0;
  // Find the object that has `toString` as own property in the prototype chain.
  let pointer = value;
  do {
    pointer = objProto(ptr(pointer));
    if (!isObject(pointer)) return 1;
  } while (!hasOwn(ptr(pointer), A_toString));
  if (getOwnDescriptor(ptr(pointer), A_constructor) != DESC_DATA) return 0;
  const c = descValue;
  if (!isCallable(c)) return 0;
  const sp1 = saveSp();
  pushRoot(c);
  const name = Get(c, internStatic("name"), c);
  restoreSp(sp1);
  if (name == EXCEPTION) return -1;
  return isString(name) && isBuiltInName(ptr(name)) ? 1 : 0;
}

/** The first line of an error's message (firstErrorLine), or 0. */
function firstErrorLine(e: i64): usize {
  if (!isObject(e)) return 0;
  const m = Get(e, A_message, e);
  if (!isString(m)) return 0;
  return ptr(m);
}

function sameFirstLine(a: usize, b: usize): bool {
  let na = strIndexOfChar(a, 10, 0), nb = strIndexOfChar(b, 10, 0);
  if (na < 0) na = strLength(a);
  if (nb < 0) nb = strLength(b);
  if (na != nb) return false;
  for (let i = 0; i < na; i++) if (strCharAt(a, i) != strCharAt(b, i)) return false;
  return true;
}

/** tryStringify(arg): JSON.stringify(arg), or "[Circular]" when it throws the engine's circular
 *  structure TypeError. Returns a string cell or 0. */
function tryStringify(v: i64): usize {
  const sp0 = saveSp();
  pushRoot(v);
  const json = Get(boxObject(GlobalObject), internStatic("JSON"), boxObject(GlobalObject));
  if (json == EXCEPTION) { restoreSp(sp0); return 0; }
  if (!isObject(json)) { restoreSp(sp0); return internStatic("undefined"); }
  pushRoot(json);
  const stringify = Get(json, internStatic("stringify"), json);
  if (stringify == EXCEPTION) { restoreSp(sp0); return 0; }
  pushRoot(stringify);
  const argv = pushRoot(v);
  let r = Call(stringify, json, argv, 1);
  if (r == EXCEPTION) {
    const err = takeException();
    pushRoot(err);
    // The circular-structure message, found by stringifying an object that contains itself.
    const a = OrdinaryObjectCreate(boxObject(ObjectPrototype));
    pushRoot(boxObject(a));
    putOwn(a, internStatic("a"), boxObject(a));
    const argv2 = pushRoot(boxObject(a));
    const r2 = Call(stringify, json, argv2, 1);
    const circular = r2 == EXCEPTION ? takeException() : UNDEFINED;
    pushRoot(circular);
    const m1 = firstErrorLine(err), m2 = firstErrorLine(circular);
    restoreSp(sp0);
    if (m1 != 0 && m2 != 0 && sameFirstLine(m1, m2)) return internStatic("[Circular]");
    throwValue(err);
    return 0;
  }
  pushRoot(r);
  const s = ToString(r);
  restoreSp(sp0);
  return s;
}

/** Append formatNumber(Number(x)) etc. for the numeric specifiers; false on exception. */
function appendNumeric(sb: usize, v: i64, spec: u32): bool {
  if (isSymbol(v)) { sbAppendStatic(sb, "NaN"); return true; }
  if (isBigInt(v) && spec != 102) { sbAppendBigInt(sb, ptr(v)); return true; } // %d, %i: formatBigInt
  let d: f64;
  if (spec == 100) { // %d: Number(x)
    const n = ToNumber(v);
    if (n == EXCEPTION) return false;
    d = toF64(n);
  } else { // %i: parseInt(x), %f: parseFloat(x), both of String(x)
    const s = ToString(v);
    if (s == 0) return false;
    d = spec == 105 ? ParseInt(s + STR_DATA, strLength(s), 0) : ParseFloat(s + STR_DATA, strLength(s));
  }
  sbAppendNumber(sb, d);
  return true;
}

/** Append the text of one specifier applied to `v`; false on exception. */
function appendSpecifier(sb: usize, spec: u32, v: i64): bool {
  let s: usize = 0;
  switch (spec) {
    case 115: { // %s
      if (isNumber(v)) { sbAppendNumber(sb, toF64(v)); return true; }
      if (isSymbol(v)) { sbAppendSymbol(sb, ptr(v)); return true; }
      if (isBigInt(v)) { sbAppendBigInt(sb, ptr(v)); return true; }
      if (isObject(v) && !isCallable(v)) {
        const b = hasBuiltInToString(v);
        if (b < 0) return false;
        if (b == 1) { s = inspect(v, 0, false); break; }
      }
      s = ToString(v);
      break;
    }
    case 106: s = tryStringify(v); break; // %j
    case 100: case 105: case 102: return appendNumeric(sb, v, spec); // %d %i %f
    case 79: s = inspect(v, 2, false); break; // %O
    case 111: s = inspect(v, 4, true); break; // %o: showHidden, showProxy, depth 4
    default: return true; // %c consumes its argument (CSS) and prints nothing
  }
  if (s == 0) return false;
  sbAppendString(sb, s);
  return true;
}

/** formatWithOptions({}, ...args) for the `argc` values at `argv` (rooted by the caller).
 *  Returns a string cell or 0 with an exception pending. */
export function formatLogArgs(argv: usize, argc: i32): usize {
  if (argc == 0) return internStatic("");
  const first = load<i64>(argv);
  if (argc == 1 && isString(first)) return ptr(first);
  const sb = sbOpen();
  let a = 0;
  let join = false;
  if (isString(first)) {
    const f = ptr(first);
    const n = strLength(f);
    let lastPos = 0;
    for (let i = 0; i < n - 1; i++) {
      if (strCharAt(f, i) != 37) continue; // '%'
      const nextChar = strCharAt(f, ++i);
      if (a + 1 != argc) {
        if (nextChar == 37) { // %%
          sbAppendSlice(sb, f, lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (nextChar != 115 && nextChar != 106 && nextChar != 100 && nextChar != 79 && nextChar != 111 &&
            nextChar != 105 && nextChar != 102 && nextChar != 99) continue;
        sbAppendSlice(sb, f, lastPos, i - 1);
        if (!appendSpecifier(sb, nextChar, arg(argv, argc, ++a))) { sbDiscard(sb); return 0; }
        lastPos = i + 1;
      } else if (nextChar == 37) {
        sbAppendSlice(sb, f, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos != 0) {
      a++;
      join = true;
      if (lastPos < n) sbAppendSlice(sb, f, lastPos, n);
    }
  }
  while (a < argc) {
    const v = load<i64>(argv + (<usize>a << 3));
    if (join) sbAppendChar(sb, 32);
    if (isString(v)) sbAppendString(sb, ptr(v));
    else {
      const s = inspect(v, 2, false);
      if (s == 0) { sbDiscard(sb); return 0; }
      sbAppendString(sb, s);
    }
    join = true;
    a++;
  }
  return sbFinish(sb);
}
