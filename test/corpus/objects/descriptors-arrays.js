// Descriptors of array indices, array length and function name/length.
function attempt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); }
}

const a = [1, 2, 3];
console.log(Object.getOwnPropertyDescriptor(a, 0), Object.getOwnPropertyDescriptor(a, "length"));
Object.defineProperty(a, 1, { value: 20 });
console.log(a, Object.getOwnPropertyDescriptor(a, 1));
Object.defineProperty(a, 5, { value: 6, writable: true, enumerable: true, configurable: true });
console.log(a.length, a[5], a[4], 4 in a);

const ro = [1, 2, 3];
Object.defineProperty(ro, 0, { writable: false });
ro[1] = 200;
attempt("assign index", () => Object.assign(ro, { 0: 100 }));
console.log(ro, ro[0], ro[1], Object.keys(ro));

// length: shrinking, growing, read-only length.
const b = [1, 2, 3, 4, 5];
Object.defineProperty(b, "length", { value: 2 });
console.log(b, b.length);
attempt("bad length", () => Object.defineProperty(b, "length", { value: -1 }));
attempt("fractional length", () => Object.defineProperty(b, "length", { value: 1.5 }));
Object.defineProperty(b, "length", { writable: false });
attempt("add past length", () => Object.assign(b, { 5: 1 }));
attempt("set length", () => Object.assign(b, { length: 0 }));
attempt("define length", () => Object.defineProperty(b, "length", { value: 0 }));
console.log(b, b.length, Object.getOwnPropertyDescriptor(b, "length"));
attempt("length enumerable", () => Object.defineProperty(b, "length", { enumerable: true }));

// A non-configurable element stops truncation.
const c = [1, 2, 3, 4];
Object.defineProperty(c, 1, { value: 2, configurable: false });
attempt("truncate", () => Object.defineProperty(c, "length", { value: 0 }));
console.log(c.length, c);

// Accessor on an index.
const d = [0, 0];
let reads = 0;
Object.defineProperty(d, 0, { get: function () { reads++; return "got"; }, enumerable: true, configurable: true });
console.log(d[0], d[0], reads, d.length);

// Function name and length are configurable, not writable.
function named(x, y) { return x + y; }
console.log(Object.getOwnPropertyDescriptor(named, "name"), Object.getOwnPropertyDescriptor(named, "length"));
Object.defineProperty(named, "name", { value: "renamed" });
console.log(named.name, Object.getOwnPropertyDescriptor(named, "name"));
