// Per-iteration let bindings captured by closures, compared with var.
const withLet = [];
for (let i = 0; i < 4; i++) {
  withLet.push(() => i);
}
console.log(withLet.map((f) => f()));
const withVar = [];
for (var j = 0; j < 4; j++) {
  withVar.push(() => j);
}
console.log(withVar.map((f) => f()), j);
const mutated = [];
for (let i = 0; i < 3; i++) {
  mutated.push(() => i);
  i += 0.5;
}
console.log(mutated.map((f) => f()));
const incs = [];
for (let k = 0; k < 3; k++) {
  incs.push(function () {
    k += 10;
    return k;
  });
}
console.log(incs[0](), incs[0](), incs[1](), incs[2]());
const fromBody = [];
for (let i = 0; i < 3; i++) {
  let doubled = i * 2;
  fromBody.push(() => doubled);
  doubled++;
}
console.log(fromBody.map((f) => f()));
const whileFns = [];
let w = 0;
while (w < 3) {
  let captured = w;
  whileFns.push(() => captured + ":" + w);
  w++;
}
console.log(whileFns.map((f) => f()));
const ofFns = [];
for (const item of ["x", "y", "z"]) {
  ofFns.push(() => item.toUpperCase());
}
console.log(ofFns.map((f) => f()).join(""));
const nested = [];
for (let a = 0; a < 2; a++) {
  for (let b = 0; b < 2; b++) {
    nested.push(() => a * 10 + b);
  }
}
console.log(nested.map((f) => f()));
const updaters = [];
for (let i = 0; i < 3; i++) {
  updaters.push({ get: () => i, set: (v) => { i = v; } });
}
updaters[1].set(99);
console.log(updaters[0].get(), updaters[1].get(), updaters[2].get());
function makeCounters(n) {
  const out = [];
  for (let c = 0; c < n; c++) {
    let count = c * 100;
    out.push(() => ++count);
  }
  return out;
}
const cs = makeCounters(3);
console.log(cs[0](), cs[0](), cs[1](), cs[2](), cs[2](), cs[2]());
const iife = [];
for (var v = 0; v < 3; v++) {
  iife.push((function (copy) { return () => copy; })(v));
}
console.log(iife.map((f) => f()));
