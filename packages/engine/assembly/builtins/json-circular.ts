// The TypeError of JSON.stringify on a cycle (§25.5.2.5 step 1), worded as V8's
// JsonStringifier::ConstructCircularStructureErrorMessage words it:
//   Converting circular structure to JSON
//       --> starting at object with constructor 'Object'
//       |     property 'a' -> object with constructor 'Object'
//       |     ...
//       --- property 'self' closes the circle
import { CELL_FUNCTION, PROP_ACCESSOR } from "../layout.generated";
import { EXCEPTION, isNumber, isObject, toF64, boxObject, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { strLength, strEquals } from "../string/string";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { objProto, findOwn, ownValue, propAttrs, NO_PROP } from "../object/object";
import { arrayLength, arrayGet } from "../object/array";
import { fnName } from "../object/function";
import { A_constructor } from "../names";
import { TYPE_ERROR, throwError } from "../errors";
import { internalConstructorName } from "./inspect";

/** Lines printed from the start of the cycle, and from its end, around an ellipsis. */
const PREFIX_LINES: u32 = 2;
const POSTFIX_LINES: u32 = 1;

/** JSReceiver::GetConstructorName: the name of the first `constructor` data property along the
 *  prototype chain that is a function named other than "" and "Object"; else the class name. */
function constructorName(o: usize): usize {
  let p = objProto(o);
  while (isObject(p)) {
    const q = ptr(p);
    const node = findOwn(q, A_constructor);
    if (node != NO_PROP && (propAttrs(node) & PROP_ACCESSOR) == 0) {
      const c = ownValue(q, node);
      if (isObject(c) && cellKind(ptr(c)) == CELL_FUNCTION) {
        const name = fnName(ptr(c));
        if (name != 0 && strLength(name) != 0 && !strEquals(name, internStatic("Object"))) return name;
      }
    }
    p = objProto(q);
  }
  return internalConstructorName(boxObject(o));
}

function appendIndex(sb: usize, n: u32): void {
  if (n >= 10) appendIndex(sb, n / 10);
  sbAppendChar(sb, 48 + n % 10);
}

/** A key as V8 prints it: "index 3", "property 'name'" or "<anonymous>" for "". */
function appendKey(sb: usize, key: i64): void {
  if (isNumber(key)) {
    sbAppendStatic(sb, "index ");
    appendIndex(sb, <u32>toF64(key));
  } else if (strLength(ptr(key)) == 0) {
    sbAppendStatic(sb, "<anonymous>");
  } else {
    sbAppendStatic(sb, "property '");
    sbAppendString(sb, ptr(key));
    sbAppendChar(sb, 39);
  }
}

function appendConstructor(sb: usize, o: usize): void {
  sbAppendStatic(sb, "object with constructor '");
  sbAppendString(sb, constructorName(o));
  sbAppendChar(sb, 39);
}

function appendLine(sb: usize, stack: usize, i: u32): void {
  sbAppendStatic(sb, "\n    |     ");
  appendKey(sb, arrayGet(stack, i));
  sbAppendStatic(sb, " -> ");
  appendConstructor(sb, ptr(arrayGet(stack, i + 1)));
}

/** Throw the TypeError for a cycle back to the object at pair index `start` of `stack` (pairs of
 *  key, object: the rooted serialization stack), reached again through `lastKey`. */
export function throwCircular(stack: usize, start: u32, lastKey: i64): i64 {
  const sb = sbOpen();
  sbAppendStatic(sb, "Converting circular structure to JSON\n    --> starting at ");
  appendConstructor(sb, ptr(arrayGet(stack, start + 1)));
  const count = arrayLength(stack) / 2;
  let i = start / 2 + 1;
  const prefixEnd = min(count, i + PREFIX_LINES);
  for (; i < prefixEnd; i++) appendLine(sb, stack, i * 2);
  if (count > i + POSTFIX_LINES) sbAppendStatic(sb, "\n    |     ...");
  i = max(i, count - POSTFIX_LINES);
  for (; i < count; i++) appendLine(sb, stack, i * 2);
  sbAppendStatic(sb, "\n    --- ");
  appendKey(sb, lastKey);
  sbAppendStatic(sb, " closes the circle");
  throwError(TYPE_ERROR, sbFinish(sb));
  return EXCEPTION;
}
