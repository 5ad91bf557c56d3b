class ValidationError extends Error {
  constructor(field, msg) {
    super(msg);
    this.name = 'ValidationError';
    this.field = field;
  }
}

class NotFound extends Error {}

const e = new ValidationError('age', 'must be positive');
console.log(e instanceof ValidationError, e instanceof Error);
console.log(e.name, e.message, e.field);
console.log(String(e));
console.log(e.toString());
console.log(Object.prototype.toString.call(e));
console.log(typeof e.stack);
console.log(e.stack.split('\n')[0]);

const nf = new NotFound('missing');
console.log(nf.name, nf.message, String(nf));
console.log(nf.constructor.name);
console.log(nf instanceof NotFound);

try {
  throw new ValidationError('name', 'required');
} catch (err) {
  if (err instanceof ValidationError) {
    console.log('caught', err.field, err.message);
  }
}

// with cause option
class Wrapped extends Error {
  constructor(msg, opts) {
    super(msg, opts);
  }
}
const w = new Wrapped('outer', { cause: 'inner' });
console.log(w.message, w.cause);
console.log(Object.keys(w));
console.log(Object.getOwnPropertyNames(nf).sort());

// name on prototype
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
console.log(String(new ProtoNamed('x')));
console.log(String(new ProtoNamed()));

// extending TypeError
class MyTypeError extends TypeError {}
const mt = new MyTypeError('bad type');
console.log(mt instanceof TypeError, mt instanceof Error, mt.name, String(mt));

// message not own when undefined
const empty = new NotFound();
console.log(Object.prototype.hasOwnProperty.call(empty, 'message'), JSON.stringify(empty.message));
