// Objects: key quoting, key order (integer keys first), constructor names, depth limit 2 and
// circular references.
console.log({});
console.log({ a: 1, b: "two", c: [3], d: { e: 4 } });
console.log({ "a-b": 1, "with space": 2, $dollar: 3, _under: 4, camelCase: 5, x9: 6, "9x": 7 });
console.log({ "it's": 1, 'say "x"': 2, "": 3, "new\nline": 4, "é": 5 });
console.log({ b: 1, a: 2, 10: "ten", 2: "two", "01": "zero-one", [-1]: "minus" });
const keys = {};
keys.z = 1; keys[5] = 2; keys.y = 3; keys[1] = 4; keys["4294967295"] = 5; keys[4294967294] = 6;
console.log(keys, Object.keys(keys));
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } }, { a: { b: { c: [] } } });
console.log([{ a: { b: { c: 1 } } }], [[[["deep"]]]], [[[[]]]]);
function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2), [new Point(3, 4)]);
console.log({ origin: new Point(0, 0), nested: { deeper: { p: new Point(5, 6) } } });
function Empty() {}
console.log(new Empty(), { e: new Empty() });
Point.prototype.norm = function () { return 0; };
console.log(Point.prototype, new Point(7, 8));
function Named() { this.kind = "named"; }
Named.prototype = { label: "custom prototype without constructor" };
console.log(new Named());
Named.prototype.constructor = Named;
console.log(new Named());
const self = { name: "self" };
self.me = self;
console.log(self);
const a = { name: "a" };
const b = { name: "b", a };
a.b = b;
console.log(a);
console.log([a, b]);
const ring = [1, 2];
ring.push(ring);
console.log(ring, { ring });
const x = { id: "x" };
const y = { id: "y", x };
x.y = y;
x.self = x;
y.self = y;
console.log({ x, y });
const shared = { s: 1 };
console.log({ one: shared, two: shared, list: [shared, shared] });
const deep = { l1: { l2: { l3: { l4: "hidden" } } } };
deep.l1.l2.back = deep;
console.log(deep);
