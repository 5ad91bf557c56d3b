// Throwing non-Error values: strings, numbers, objects, arrays, null, undefined, functions.
const thrown = ["a string", 42, 0, -0, NaN, true, null, undefined, { code: 7, msg: "obj" }, [1, 2], ""];
for (const v of thrown) {
  try {
    throw v;
  } catch (e) {
    console.log(typeof e, e === v || (e !== e && v !== v), e instanceof Error, String(e));
  }
}
try {
  throw { name: "Fake", message: "looks like an error" };
} catch (e) {
  console.log(e.name, e.message, e instanceof Error, Object.keys(e));
}
try {
  throw function thrower() {
    return "called from catch";
  };
} catch (e) {
  console.log(typeof e, e());
}
function risky(kind) {
  if (kind === 1) throw "string failure";
  if (kind === 2) throw 404;
  if (kind === 3) throw { status: 500 };
  if (kind === 4) throw new Error("real error");
  return "fine";
}
function handle(kind) {
  try {
    return risky(kind);
  } catch (e) {
    if (typeof e === "string") return "string: " + e;
    if (typeof e === "number") return "code " + e;
    if (e instanceof Error) return "error: " + e.message;
    if (typeof e === "object" && e !== null) return "status " + e.status;
    return "unknown";
  }
}
for (let k = 0; k <= 4; k++) console.log(k, handle(k));
let caught = [];
for (let i = 0; i < 3; i++) {
  try {
    throw i * 10;
  } catch (e) {
    caught.push(e);
  }
}
console.log(caught);
try {
  try {
    throw "inner string";
  } catch (e) {
    throw e + " rethrown";
  }
} catch (e) {
  console.log(e);
}
const obj = { count: 0 };
try {
  throw obj;
} catch (e) {
  e.count++;
}
console.log(obj.count);
