// Nested try blocks, rethrowing, wrapping errors, and errors crossing function calls.
function level3(n) {
  if (n < 0) throw new RangeError("negative: " + n);
  if (n === 0) throw new TypeError("zero");
  return 100 / n;
}
function level2(n) {
  try {
    return level3(n);
  } catch (e) {
    if (e instanceof TypeError) {
      return "level2 handled " + e.message;
    }
    throw e;
  }
}
function level1(n) {
  try {
    return level2(n);
  } catch (e) {
    return "level1 caught " + e.name + ": " + e.message;
  }
}
console.log(level1(4), "|", level1(0), "|", level1(-3));
function wrap(fn) {
  try {
    return fn();
  } catch (e) {
    const w = new Error("wrapped(" + e.message + ")");
    w.cause = e;
    throw w;
  }
}
try {
  wrap(() => wrap(() => level3(-1)));
} catch (e) {
  console.log(e.message, e.cause.message, e.cause.cause.name);
}
const trace = [];
try {
  trace.push("outer try");
  try {
    trace.push("inner try");
    throw new Error("first");
  } catch (e) {
    trace.push("inner catch " + e.message);
    throw new Error("second");
  } finally {
    trace.push("inner finally");
  }
} catch (e) {
  trace.push("outer catch " + e.message);
} finally {
  trace.push("outer finally");
}
console.log(trace.join(" > "));
