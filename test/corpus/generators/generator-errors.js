// calling next on a running generator
let selfRef;
function* reentrant() {
  try {
    selfRef.next();
  } catch (e) {
    yield e.constructor.name + ': ' + e.message;
  }
}
selfRef = reentrant();
console.log(selfRef.next().value);

// same with return/throw while running
let selfRef2;
function* reentrant2() {
  try {
    selfRef2.return(1);
  } catch (e) {
    yield 'return: ' + e.message;
  }
  try {
    selfRef2.throw(new Error('x'));
  } catch (e) {
    yield 'throw: ' + e.message;
  }
}
selfRef2 = reentrant2();
console.log(selfRef2.next().value);
console.log(selfRef2.next().value);

// exception in generator body completes it
function* failing() {
  yield 1;
  throw new RangeError('body failed');
}
const f = failing();
console.log(f.next());
try {
  f.next();
} catch (e) {
  console.log(e.name, e.message);
}
console.log(f.next());
console.log(f.next());

// state after completion: next keeps returning done, value undefined
function* done() { return 'ret'; }
const d = done();
console.log(d.next(), d.next(), d.next('x'));

// throw on completed generator rethrows
try {
  d.throw(new Error('into completed'));
} catch (e) {
  console.log('rethrown', e.message);
}

// next called with wrong this
const g = done();
try {
  g.next.call({});
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// errors in for-of over generator propagate
function* bad() {
  yield 'ok';
  throw new Error('mid-iteration');
}
const collected = [];
try {
  for (const v of bad()) collected.push(v);
} catch (e) {
  console.log(collected, e.message);
}

// yield inside finally after throw
function* cleanupThrow() {
  try {
    throw new Error('original');
  } finally {
    yield 'cleanup-yield';
  }
}
const ct = cleanupThrow();
console.log(ct.next());
try {
  ct.next();
} catch (e) {
  console.log('resumed throw', e.message);
}
