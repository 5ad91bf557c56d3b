// Unbounded recursion throws a RangeError that can be caught; the program keeps running.
function forever(n) {
  return forever(n + 1) + 1;
}
try {
  forever(0);
  console.log("not reached");
} catch (e) {
  console.log(e instanceof RangeError, e instanceof Error, e.name);
  console.log(e.message);
}
let deepest = 0;
function track(n) {
  deepest = n;
  track(n + 1);
}
try {
  track(1);
} catch (e) {
  console.log("caught again:", e instanceof RangeError, deepest > 1000);
}
function mutualA(n) {
  return mutualB(n + 1);
}
function mutualB(n) {
  return mutualA(n + 1);
}
try {
  mutualA(0);
} catch (e) {
  console.log("mutual recursion:", e.name, e.message);
}
const recurseObj = {
  method() {
    return this.method();
  },
};
try {
  recurseObj.method();
} catch (e) {
  console.log("method recursion:", e instanceof RangeError);
}
function bounded(n) {
  return n === 0 ? 0 : 1 + bounded(n - 1);
}
console.log("bounded recursion still works:", bounded(1000));
let cleanups = 0;
function withFinally(n) {
  try {
    return withFinally(n + 1);
  } finally {
    cleanups++;
  }
}
try {
  withFinally(0);
} catch (e) {
  console.log("finally blocks ran:", cleanups > 100, e instanceof RangeError);
}
console.log("done");
