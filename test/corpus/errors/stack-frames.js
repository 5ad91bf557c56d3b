// Error stacks name the functions in progress, innermost first (the "at" lines without positions).
function frames(e) {
  return e.stack.split('\n').slice(1, 4).map((l) => l.trim().split(' ').slice(0, 2).join(' '));
}
function inner() { return new Error('deep'); }
function middle() { return inner(); }
function outer() { return middle(); }
console.log(frames(outer()));

// an engine error thrown inside a callback
function reads(o) { return o.missing.x; }
try {
  [1].forEach(function visit() { reads({}); });
} catch (e) {
  console.log(e.stack.split('\n')[0], frames(e)[0]);
}

// the header is computed at the first read: a name set after super() shows
class HttpError extends Error {
  constructor(status) { super('status ' + status); this.name = 'HttpError'; }
}
function fail() { throw new HttpError(404); }
try { fail(); } catch (e) { console.log(e.stack.split('\n')[0], frames(e)[0]); }

// stack can be replaced; the replacement is what is read afterwards
const e = new RangeError('r');
e.stack = 'custom';
console.log(e.stack, Object.keys(e), 'stack' in e);

// a generator resumed later still names itself
function* gen() { yield 1; yield new Error('from gen'); }
const it = gen();
it.next();
console.log(frames(it.next().value)[0]);

// cause is an own, non-enumerable property
const withCause = new TypeError('outer', { cause: e });
console.log(withCause.cause === e, Object.keys(withCause), Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable);
