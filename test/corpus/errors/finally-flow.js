// finally that throws, finally with break/continue in loops, nested try/finally, side effects.
function finallyThrows() {
  try {
    return "never seen";
  } finally {
    throw new RangeError("from finally");
  }
}
try {
  finallyThrows();
} catch (e) {
  console.log(e.name, e.message);
}
function loopWithFinally() {
  const out = [];
  for (let i = 0; i < 5; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      out.push("body" + i);
    } finally {
      out.push("fin" + i);
    }
  }
  return out.join(" ");
}
console.log(loopWithFinally());
function tryFinallyNoCatch() {
  try {
    try {
      throw new Error("inner");
    } finally {
      console.log("inner finally runs before outer catch");
    }
  } catch (e) {
    return "outer caught " + e.message;
  }
}
console.log(tryFinallyNoCatch());
let counter = 0;
function countFinally() {
  try {
    counter += 1;
    return counter;
  } finally {
    counter += 10;
  }
}
console.log(countFinally(), counter);
try {
  console.log("no error in try");
} catch (e) {
  console.log("never");
}
try {
  throw 1;
} catch (e) {
  console.log("caught a number", e, typeof e);
}
