// return value visible only via next() or yield*
function* g() {
  yield 'a';
  return 'the-return';
}
const it = g();
console.log(it.next(), it.next(), it.next());

// return in the middle of a loop
function* firstEven(arr) {
  for (const x of arr) {
    if (x % 2 === 0) return x;
    yield x;
  }
  return 'none';
}
const fe = firstEven([1, 3, 4, 5]);
console.log([fe.next(), fe.next(), fe.next(), fe.next()]);

// return() with try/catch: catch not triggered
function* tc() {
  try {
    yield 1;
  } catch (e) {
    console.log('catch should not run');
  } finally {
    console.log('finally runs');
  }
}
const t = tc();
t.next();
console.log(t.return('R'));

// return() through nested try/finally blocks runs all finalizers innermost first
function* nested() {
  try {
    try {
      yield 'deep';
    } finally {
      console.log('inner finally');
    }
  } finally {
    console.log('outer finally');
  }
}
const n = nested();
n.next();
console.log(n.return('done'));

// return() delegated through yield*
function* innerG() {
  try {
    yield 'inner-1';
    yield 'inner-2';
  } finally {
    console.log('inner cleanup');
  }
}
function* outerG() {
  try {
    yield* innerG();
  } finally {
    console.log('outer cleanup');
  }
}
const o = outerG();
console.log(o.next());
console.log(o.return('via-outer'));

// throw() delegated through yield* and caught by inner
function* innerCatch() {
  try {
    yield 'waiting';
  } catch (e) {
    yield 'inner caught ' + e;
  }
}
function* outerDelegate() {
  const r = yield* innerCatch();
  yield 'outer continues ' + r;
}
const od = outerDelegate();
console.log(od.next().value);
console.log(od.throw('ERR').value);
console.log(od.next().value);
console.log(od.next());

// return() with no argument
const noArg = g();
noArg.next();
console.log(noArg.return());
