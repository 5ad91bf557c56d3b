// Retrying failing functions, classifying parse errors, and unwinding with finally.
function retry(times, fn) {
  let lastError = null;
  for (let i = 1; i <= times; i++) {
    try {
      return "ok on attempt " + i + ": " + fn(i);
    } catch (e) {
      lastError = e;
    }
  }
  throw new Error("gave up after " + times + ": " + lastError.message);
}
console.log(retry(5, (i) => {
  if (i < 3) throw new Error("fail " + i);
  return "value" + i;
}));
try {
  retry(2, (i) => {
    throw new Error("always " + i);
  });
} catch (e) {
  console.log(e.message);
}
function parseAll(items) {
  const results = [];
  for (const item of items) {
    try {
      const n = Number(item);
      if (isNaN(n)) throw new SyntaxError("not a number: '" + item + "'");
      if (n < 0) throw new RangeError("negative: " + n);
      results.push(n);
    } catch (e) {
      results.push(e.name);
    }
  }
  return results;
}
console.log(parseAll(["1", "x", "-2", "3.5", "", "abc"]));
let depth = 0;
function recurseAndThrow(n) {
  depth++;
  if (n === 0) throw new Error("bottom reached at depth " + depth);
  try {
    recurseAndThrow(n - 1);
  } finally {
    depth--;
  }
}
try {
  recurseAndThrow(10);
} catch (e) {
  console.log(e.message, "depth after unwinding:", depth);
}
