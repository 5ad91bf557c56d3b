// Well-known property-key atoms the engine itself uses, created once at initialization.
import { internStatic } from "./string/atoms";

export let A_length: usize = 0;
export let A_prototype: usize = 0;
export let A_constructor: usize = 0;
export let A_name: usize = 0;
export let A_message: usize = 0;
export let A_toString: usize = 0;
export let A_valueOf: usize = 0;
export let A_empty: usize = 0;
export let A_undefined: usize = 0;
export let A_null: usize = 0;
export let A_true: usize = 0;
export let A_false: usize = 0;
export let A_NaN: usize = 0;
export let A_Infinity: usize = 0;
export let A_minusInfinity: usize = 0;
export let A_zero: usize = 0;
export let A_stack: usize = 0;
export let A_cause: usize = 0;
export let A_next: usize = 0;
export let A_done: usize = 0;
export let A_value: usize = 0;
export let A_return: usize = 0;
export let A_throw: usize = 0;
export let A_exitCode: usize = 0;

export function initNames(): void {
  A_length = internStatic("length");
  A_prototype = internStatic("prototype");
  A_constructor = internStatic("constructor");
  A_name = internStatic("name");
  A_message = internStatic("message");
  A_toString = internStatic("toString");
  A_valueOf = internStatic("valueOf");
  A_empty = internStatic("");
  A_undefined = internStatic("undefined");
  A_null = internStatic("null");
  A_true = internStatic("true");
  A_false = internStatic("false");
  A_NaN = internStatic("NaN");
  A_Infinity = internStatic("Infinity");
  A_minusInfinity = internStatic("-Infinity");
  A_zero = internStatic("0");
  A_stack = internStatic("stack");
  A_cause = internStatic("cause");
  A_next = internStatic("next");
  A_done = internStatic("done");
  A_value = internStatic("value");
  A_return = internStatic("return");
  A_throw = internStatic("throw");
  A_exitCode = internStatic("exitCode"); // read at every run's end: a literal would cost its page
}
