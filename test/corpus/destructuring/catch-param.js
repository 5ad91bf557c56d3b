try {
  throw new TypeError('bad thing');
} catch ({ name, message }) {
  console.log(name, message);
}

try {
  throw { code: 42, detail: { reason: 'nope' } };
} catch ({ code, detail: { reason }, missing = 'dflt' }) {
  console.log(code, reason, missing);
}

try {
  throw [1, 2, 3];
} catch ([first, ...rest]) {
  console.log(first, rest);
}

// optional catch binding
try {
  throw new Error('ignored');
} catch {
  console.log('caught without binding');
}

// catch param shadowing outer variable
let message = 'outer';
try {
  throw new Error('inner');
} catch ({ message }) {
  console.log(message);
}
console.log(message);

// destructuring null thrown value throws inside catch
try {
  try {
    throw null;
  } catch ({ x }) {
    console.log('unreachable');
  }
} catch (e) {
  console.log('outer caught', e.constructor.name);
}

// catch param default
try {
  throw {};
} catch ({ msg = 'default msg' }) {
  console.log(msg);
}

// catch param is block-scoped
try {
  throw 'str';
} catch (e) {
  var e2 = e + '!';
}
console.log(e2, typeof e);

// destructure from a thrown custom error
class HttpError extends Error {
  constructor(status, msg) {
    super(msg);
    this.status = status;
  }
}
try {
  throw new HttpError(404, 'Not Found');
} catch ({ status, message: m, constructor: { name } }) {
  console.log(status, m, name);
}
