// Math functions convert every argument with ToNumber, left to right, before computing — even
// when an earlier argument already decides the result — and a throwing valueOf propagates.
const log = [];
function tracked(name, value) {
  return {
    valueOf: function () {
      log.push(name);
      return value;
    },
  };
}
function run(label, fn) {
  log.length = 0;
  let result;
  try {
    result = fn();
  } catch (e) {
    result = e.name + ": " + e.message;
  }
  console.log(label, result, "[" + log.join(",") + "]");
}
run("max", function () { return Math.max(tracked("a", 1), tracked("b", NaN), tracked("c", 3)); });
run("min", function () { return Math.min(tracked("a", 5), tracked("b", -2)); });
run("hypot", function () { return Math.hypot(tracked("a", Infinity), tracked("b", NaN), tracked("c", 1)); });
run("hypot nan", function () { return Math.hypot(tracked("a", NaN), tracked("b", 4), tracked("c", 3)); });
run("atan2", function () { return Math.atan2(tracked("y", 1), tracked("x", -1)); });
run("pow", function () { return Math.pow(tracked("base", 2), tracked("exp", 10)); });
run("imul", function () { return Math.imul(tracked("a", 0x10000), tracked("b", 0x10000)); });
run("sin", function () { return Math.sin(tracked("x", 0)); });
run("round", function () { return Math.round(tracked("x", 2.5), tracked("ignored", 1)); });
const boom = {
  valueOf: function () {
    log.push("boom");
    throw new RangeError("valueOf failed");
  },
};
run("max throws", function () { return Math.max(tracked("a", 1), boom, tracked("c", 2)); });
run("pow throws", function () { return Math.pow(boom, tracked("never", 2)); });
run("hypot throws", function () { return Math.hypot(tracked("a", 3), boom); });
run("abs throws", function () { return Math.abs(boom); });
const viaToString = {
  toString: function () {
    log.push("toString");
    return "16";
  },
};
run("sqrt toString", function () { return Math.sqrt(viaToString); });
run("no primitive", function () {
  return Math.floor({ valueOf: function () { return {}; }, toString: function () { return {}; } });
});
// Primitive arguments of every type.
const args = ["", " 12 ", "0x10", "1e3", "abc", null, undefined, true, false, [], [7], [1, 2], {}, "-0", "Infinity"];
const out = [];
for (let i = 0; i < args.length; i++) {
  const r = Math.abs(args[i]);
  out.push(r === 0 && 1 / r < 0 ? "-0" : String(r));
}
console.log("abs", out.join(" "));
const out2 = [];
for (let i = 0; i < args.length; i++) out2.push(Math.max(args[i], -Infinity), Math.clz32(args[i]), Math.sign(args[i]));
console.log("max/clz32/sign", out2.join(" "));
console.log("missing arguments", Math.sin(), Math.atan2(1), Math.pow(2), Math.hypot(undefined), Math.max(undefined));
