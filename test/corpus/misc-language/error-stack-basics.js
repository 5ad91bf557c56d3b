const e = new Error('msg here');
console.log(typeof e.stack);
console.log(e.stack.split('\n')[0]);
console.log(e.stack.startsWith('Error: msg here'));

const t = new TypeError('type problem');
console.log(t.stack.split('\n')[0]);

const noMsg = new RangeError();
console.log(JSON.stringify(noMsg.stack.split('\n')[0]));

class Custom extends Error {
  constructor(m) {
    super(m);
    this.name = 'Custom';
  }
}
const c = new Custom('custom msg');
// stack captured at construction, before name was set
console.log(c.stack.split('\n')[0]);
console.log(String(c));

// stack on thrown and caught errors
try {
  null.prop;
} catch (err) {
  console.log(err.stack.split('\n')[0]);
  console.log(err.stack.split('\n').length > 1);
}

// stack is own, configurable and writable
const d = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(d !== undefined, d && d.enumerable);
e.stack = 'overwritten';
console.log(e.stack);

// Error properties
console.log(e.name, e.message, Object.keys(e), Object.prototype.hasOwnProperty.call(e, 'name'));
console.log(Error.prototype.name, Error.prototype.message === '', TypeError.prototype.name);
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);

// Error called without new
const noNew = Error('no new');
console.log(noNew instanceof Error, noNew.message);

// toString edge cases
console.log(Error.prototype.toString.call({ name: 'N', message: 'M' }));
console.log(Error.prototype.toString.call({ name: '', message: 'only message' }));
console.log(Error.prototype.toString.call({ name: 'OnlyName', message: '' }));
console.log(Error.prototype.toString.call({}));

// message coercion
console.log(new Error(42).message, typeof new Error(42).message, new Error(undefined).message === '');
console.log(new Error({ toString() { return 'from toString'; } }).message);

// cause
const withCause = new Error('outer', { cause: e });
console.log(withCause.cause === e, 'cause' in new Error('x', {}), 'cause' in new Error('x', { cause: undefined }));

// AggregateError
const agg = new AggregateError([new Error('a'), 'b'], 'many');
console.log(agg.name, agg.message, agg.errors.length, String(agg));
