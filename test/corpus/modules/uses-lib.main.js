// ESM program with imports, top-level output at import time, and an exported main().
import { range, sum, formatRow } from "./lib/util.js";
import { count, increment } from "./lib/counter.js";

console.log("top level runs first, count =", count);
increment(10);

function report(title, values) {
  console.log(formatRow([title, sum(values), values.length], 6));
}

export function main() {
  console.log("main starts, count =", count);
  report("evens", range(0, 20, 2));
  report("odds", range(1, 20, 2));
  report("none", []);
  const squares = range(1, 6).map((n) => n * n);
  report("squares", squares);
  console.log(formatRow(["a", "bb", "ccc"], 4) + "|");
  increment();
  console.log("main ends, count =", count);
}
