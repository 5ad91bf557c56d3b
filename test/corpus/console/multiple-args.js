// console.log with several arguments: joined by single spaces, each formatted on its own.
console.log("a", "b", "c");
console.log(1, 2, 3);
console.log("count:", 3, "items");
console.log("", "");
console.log("x", "", "y");
console.log(null, undefined, true, false);
console.log(NaN, -0, 0, Infinity);
console.log("string", ["in", "array"], { in: "object" });
console.log([1, 2], [3, 4]);
console.log({}, [], "", 0);
console.log("nested:", { a: [1, { b: 2 }] });
console.log(undefined, "after undefined");
console.log("multi\nline", "second");
console.log("tabs\there", 1);
console.log(1, "1", [1], ["1"]);
console.log("quotes: it's", ["it's"], "say \"x\"", ['say "x"']);
const fn = function namedFn() {};
console.log("fn:", fn, "arrow:", () => {});
console.log("sum", 1 + 2, "concat", "1" + 2, "calc", 10 / 4);
const values = [1, "two", null, [3], { four: 4 }];
for (let i = 0; i < values.length; i++) {
  console.log(i, values[i], typeof values[i]);
}
console.log("trailing space ");
console.log(" ", " ");
console.log(-0, [-0], { z: -0 });
console.log(1e21, [1e21], { big: 1e21 });
console.log("é", ["é"], { "é": "é" });
