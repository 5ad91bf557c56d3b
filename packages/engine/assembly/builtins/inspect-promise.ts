// util.inspect of a Promise, ported from node 20's formatPromise: "Promise { <pending> }",
// "Promise { 1 }", "Promise { <rejected> Error: x }".
import { boxObject, boxString, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { indent, listNew, listPush } from "./inspect-context";
import { formatValue } from "./inspect";
import { promiseState, promiseResult, PROMISE_PENDING, PROMISE_REJECTED } from "./promise-ops";

/** formatPromise(ctx, value, recurseTimes): the output list with the state entry. */
export function formatPromise(value: i64, recurseTimes: i32): usize {
  const sp0 = saveSp();
  pushRoot(value);
  const output = listNew();
  pushRoot(boxObject(output));
  const p = ptr(value);
  const state = promiseState(p);
  if (state == PROMISE_PENDING) {
    listPush(output, internStatic("<pending>"));
  } else {
    indent(2);
    let s = formatValue(promiseResult(p), recurseTimes);
    indent(-2);
    if (s == 0) { restoreSp(sp0); return 0; }
    if (state == PROMISE_REJECTED) {
      pushRoot(boxString(s));
      const sb = sbOpen();
      sbAppendStatic(sb, "<rejected> ");
      sbAppendString(sb, s);
      s = sbFinish(sb);
    }
    listPush(output, s);
  }
  restoreSp(sp0);
  return output;
}
