// ReferenceErrors for unknown names, TypeErrors for writes to null/undefined and to consts.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, "ok:", v);
  } catch (e) {
    console.log(label, e.name, "|", e.message, "|", e instanceof ReferenceError, e instanceof TypeError);
  }
}
show("unknown read", () => someUnknownName);
show("unknown call", () => someUnknownFunction());
show("unknown in expression", () => 1 + missingOperand);
show("typeof unknown", () => typeof someUnknownName);
show("strict assignment", () => {
  implicitGlobal = 3;
  return implicitGlobal;
});
show("set on undefined", () => {
  const u = undefined;
  u.x = 1;
});
show("set on null", () => {
  const n = null;
  n.y = 2;
});
show("set nested undefined", () => {
  const o = {};
  o.a.b = 3;
});
show("const reassign", () => {
  const c = 1;
  c = 2;
});
show("const compound", () => {
  const c = 1;
  c += 1;
});
show("const increment", () => {
  const c = 1;
  c++;
});
show("let before init", () => {
  const r = value;
  let value = 1;
  return r;
});
show("write before init", () => {
  value2 = 5;
  let value2;
});
show("ok path", () => {
  let fine = 1;
  fine += 1;
  return fine;
});
const manual = new ReferenceError("hand made");
console.log(manual.name, manual.message, String(manual), manual instanceof ReferenceError);
let hits = 0;
for (const name of ["a", "b", "c"]) {
  try {
    if (name === "b") notDefinedInLoop;
    hits++;
  } catch (e) {
    console.log("loop", name, e.message);
  }
}
console.log("hits", hits);
