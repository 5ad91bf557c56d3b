// ArrayBuffer: constructor, byteLength, slice, isView, and how console.log prints it.
const b = new ArrayBuffer(6);
const u = new Uint8Array(b);
u.set([1, 2, 3, 4, 5, 250]);
console.log(b.byteLength, b, new ArrayBuffer(0), new ArrayBuffer(1.9).byteLength, new ArrayBuffer('3').byteLength);
const s = b.slice(1, -1);
console.log(s, s.byteLength, b.slice(-2), b.slice(4, 1), b.slice(), b.slice(2).byteLength);
new Uint8Array(s)[0] = 99;
console.log(u[1]);
console.log(ArrayBuffer.isView(u), ArrayBuffer.isView(new DataView(b)), ArrayBuffer.isView(b), ArrayBuffer.isView([]), ArrayBuffer.isView());
console.log(new ArrayBuffer(120));
console.log({ buf: new ArrayBuffer(3), nested: [new ArrayBuffer(1)] });
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => new ArrayBuffer(-1));
t(() => ArrayBuffer(1));
t(() => ArrayBuffer.prototype.slice.call(1));
t(() => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(u));
console.log(Object.prototype.toString.call(b), typeof b, b instanceof ArrayBuffer, ArrayBuffer.length);
