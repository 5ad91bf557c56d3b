// try/catch/finally ordering; finally overriding return values and swallowing throws.
const log = [];
function basic(shouldThrow) {
  try {
    log.push("try");
    if (shouldThrow) throw new Error("boom");
    log.push("try-end");
  } catch (e) {
    log.push("catch:" + e.message);
  } finally {
    log.push("finally");
  }
  log.push("after");
}
basic(false);
basic(true);
console.log(log.join(" "));
function overrideReturn() {
  try {
    return "from try";
  } finally {
    return "from finally";
  }
}
console.log(overrideReturn());
function overrideThrow() {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins over throw";
  }
}
console.log(overrideThrow());
function returnValueEvaluatedFirst() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
console.log(returnValueEvaluatedFirst());
function catchReturnFinallyRuns() {
  const steps = [];
  function inner() {
    try {
      throw new Error("e");
    } catch (e) {
      steps.push("catch");
      return "catch value";
    } finally {
      steps.push("finally");
    }
  }
  const v = inner();
  return v + " " + steps.join(",");
}
console.log(catchReturnFinallyRuns());
