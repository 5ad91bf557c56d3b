function* withFinally() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('cleanup');
  }
}

const g = withFinally();
console.log(g.next());
console.log(g.return('early'));
console.log(g.next());

// return() before start: finally not run
const g2 = withFinally();
console.log(g2.return('before-start'));
console.log(g2.next());

// return() on completed generator
const g3 = withFinally();
[...g3];
console.log(g3.return('after-done'));

// finally that yields intercepts return
function* yieldInFinally() {
  try {
    yield 'a';
  } finally {
    yield 'from-finally';
    console.log('finally end');
  }
}
const g4 = yieldInFinally();
console.log(g4.next());
console.log(g4.return('R'));
console.log(g4.next());
console.log(g4.next());

// finally that returns overrides
function* overrideReturn() {
  try {
    yield 1;
  } finally {
    return 'overridden';
  }
}
const g5 = overrideReturn();
g5.next();
console.log(g5.return('orig'));

// throw() caught inside
function* catcher() {
  while (true) {
    try {
      const v = yield 'waiting';
      console.log('received', v);
    } catch (e) {
      console.log('caught inside:', e.message);
      yield 'recovered';
    }
  }
}
const c = catcher();
console.log(c.next());
console.log(c.next('hello'));
console.log(c.throw(new Error('oops')));
console.log(c.next());
console.log(c.return('stop'));

// throw() not caught propagates and finishes generator
function* noCatch() {
  yield 1;
  yield 2;
}
const n = noCatch();
n.next();
try {
  n.throw(new Error('uncaught in gen'));
} catch (e) {
  console.log('outside caught', e.message);
}
console.log(n.next());

// throw() before start: throws immediately without running body
const n2 = withFinally();
try {
  n2.throw(new Error('pre-start'));
} catch (e) {
  console.log('pre-start throw', e.message);
}
console.log(n2.next());

// throw with finally
const n3 = withFinally();
n3.next();
try {
  n3.throw('thrown-string');
} catch (e) {
  console.log('after finally', e);
}
