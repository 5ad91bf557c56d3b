// TypeErrors raised by the engine: calling non-functions, reading properties of null/undefined.
function attempt(label, fn) {
  try {
    fn();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, e.name, e instanceof TypeError);
  }
}
attempt("call undefined:", () => {
  const f = undefined;
  f();
});
attempt("call number:", () => {
  const n = 5;
  n();
});
attempt("call missing method:", () => {
  const o = {};
  o.method();
});
attempt("call string method that does not exist:", () => {
  "abc".nope();
});
attempt("new on arrow:", () => {
  const A = () => {};
  return new A();
});
function readMessage(fn) {
  try {
    fn();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
readMessage(() => {
  const u = undefined;
  return u.x;
});
readMessage(() => {
  const n = null;
  return n.x;
});
readMessage(() => {
  const o = { inner: undefined };
  return o.inner.deep;
});
readMessage(() => {
  const arr = [];
  return arr[0].length;
});
readMessage(() => {
  const n = null;
  return n["computed"];
});
readMessage(() => {
  const obj = { a: null };
  return obj.a.b;
});
readMessage(() => {
  const u = undefined;
  return u[0];
});
let reached = [];
try {
  reached.push("before");
  const cfg = null;
  reached.push(cfg.value);
  reached.push("after");
} catch (e) {
  reached.push("caught " + (e instanceof TypeError));
}
console.log(reached);
const safe = null;
console.log(safe?.x, safe?.x.y.z, undefined?.[0]);
attempt("optional call on undefined:", () => {
  const o = {};
  return o.missing?.();
});
