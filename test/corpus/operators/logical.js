// || and && return operands (not booleans) and short-circuit; ! and !! truthiness.
const vals = [0, -0, 1, "", "0", " ", "false", null, undefined, NaN, [], {}, -1, Infinity];
let truthy = [];
let falsy = [];
for (let i = 0; i < vals.length; i++) {
  if (vals[i]) truthy.push(vals[i]);
  else falsy.push(vals[i]);
}
console.log("truthy:", truthy);
console.log("falsy:", falsy);
console.log(1 || 2, 0 || 2, 0 || "", "" || 0, null || "d", "a" || "b");
console.log(1 && 2, 0 && 2, "" && "x", "x" && "", null && null.x, "a" && "b" && "c");
console.log(!0, !1, !"", !"a", !null, !undefined, !NaN, ![], !{});
console.log(!!0, !!"0", !!" ", !![], !!-0, !!NaN, !!Infinity);
console.log(1 && 0 || 3, 0 || 1 && 2, (0 || 1) && 2, 1 || 2 && 3, !1 || !0);
const log = [];
function t(name, v) {
  log.push(name);
  return v;
}
const r1 = t("a", 0) || t("b", "") || t("c", "last");
console.log(r1, log.join(","));
log.length = 0;
const r2 = t("a", 1) && t("b", 0) && t("c", 2);
console.log(r2, log.join(","));
log.length = 0;
const r3 = t("a", 1) || t("b", 2);
const r4 = t("c", null) && t("d", 2);
console.log(r3, r4, log.join(","));
log.length = 0;
const r5 = (t("a", 0) && t("b", 1)) || (t("c", 1) && t("d", "D"));
console.log(r5, log.join(","));
let obj = null;
const safe = obj && obj.value;
console.log(safe, obj || "fallback");
obj = { value: 0 };
console.log(obj && obj.value, (obj && obj.value) || "zero-fallback");
let a = 0;
a ||= 5;
let b = 3;
b ||= 99;
let c = 1;
c &&= "set";
let d = 0;
d &&= "never";
console.log(a, b, c, d);
let n = 0;
const inc = () => ++n;
let z = 1;
z ||= inc();
let w = 0;
w &&= inc();
console.log(z, w, n);
console.log(true && "yes" || "no", false && "yes" || "no", (1 > 2) || (2 > 1) && "ok");
