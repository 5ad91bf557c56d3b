// Warm property sites up on one shape, then reach them with objects the profile never saw:
// other key orders, extra keys, deleted keys, accessors, frozen and non-extensible objects,
// dictionary-sized objects. A profile-guided build must fall back at every guard.
function Point(x, y) { this.x = x; this.y = y; }
function getX(p) { return p.x; }
function setY(p, v) { p.y = v; return p.y; }
function addZ(p, v) { p.z = v; return p; }

let sum = 0;
for (let i = 0; i < 2000; i++) {
  const p = new Point(i, i + 1);
  sum += getX(p) + setY(p, i * 2);
  addZ(p, i);
  sum += p.z;
}
console.log('warm', sum);

console.log(getX({ y: 1, x: 'swapped' }), getX({ x: 'extra', y: 2, w: 3 }), getX({}), getX('str'), getX([1, 2]));
const withGetter = { get x() { return 'getter'; }, y: 0 };
console.log(getX(withGetter), getX(Object.create({ x: 'inherited' })));
const deleted = new Point(1, 2);
delete deleted.x;
console.log(getX(deleted), 'x' in deleted);

// Module code is strict: a refused store throws.
const attempt = (f) => { try { return f(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
const frozen = Object.freeze(new Point(5, 6));
console.log(attempt(() => setY(frozen, 99)), frozen.y);
const sealed = Object.preventExtensions(new Point(7, 8));
console.log(attempt(() => addZ(sealed, 1)), sealed.z, Object.keys(sealed));

const readonlyY = new Point(1, 2);
Object.defineProperty(readonlyY, 'y', { writable: false });
console.log(attempt(() => setY(readonlyY, 3)));

// A setter on the prototype appears after the adding store was warm: it must be called now.
Object.defineProperty(Point.prototype, 'z', { set(v) { this.seenZ = v; }, configurable: true });
const q = addZ(new Point(1, 1), 42);
console.log(q.z, q.seenZ, Object.keys(q));
Object.defineProperty(Point.prototype, 'z', { value: 'ro', writable: false });
console.log(attempt(() => addZ(new Point(2, 2), 43)));

const many = {};
for (let i = 0; i < 300; i++) many['k' + i] = i;
many.x = 'big';
console.log(getX(many), setY(many, 'y'), Object.keys(many).length);
