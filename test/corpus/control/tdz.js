// Temporal dead zone: reading or writing let/const before initialization throws ReferenceError.
try {
  console.log(early);
  let early = 1;
} catch (e) {
  console.log(e.name, e.message, e instanceof ReferenceError);
}
try {
  late = 5;
  let late;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  const c = c + 1;
} catch (e) {
  console.log(e.name, e.message);
}
function readsLater() {
  return laterValue * 2;
}
try {
  readsLater();
} catch (e) {
  console.log("call before init:", e.name, e.message);
}
let laterValue = 21;
console.log("call after init:", readsLater());
let x = "outer";
{
  try {
    console.log(x);
  } catch (e) {
    console.log("shadowed in block:", e.message);
  }
  let x = "inner";
  console.log(x);
}
console.log(x);
try {
  console.log(typeof tdzType);
  let tdzType = "s";
} catch (e) {
  console.log("typeof does not protect:", e.name, e.message);
}
function defaults(a = b, b = 2) {
  return a + b;
}
try {
  defaults();
} catch (e) {
  console.log("default param:", e.name, e.message);
}
console.log(defaults(1), defaults(1, 1));
try {
  for (let i = i; i < 1; i++) {}
} catch (e) {
  console.log("for init:", e.message);
}
try {
  undeclaredVariable;
} catch (e) {
  console.log(e.name, e.message, e instanceof ReferenceError, e instanceof Error);
}
try {
  undeclaredAssign = 1;
} catch (e) {
  console.log("strict assign:", e.name, e.message);
}
const k = 1;
try {
  k = 2;
} catch (e) {
  console.log(e.name, e.message, k);
}
const objConst = { v: 1 };
objConst.v = 2;
console.log(objConst);
