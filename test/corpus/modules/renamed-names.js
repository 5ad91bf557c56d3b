// Declarations that collide with another module's get renamed when bundled (helper -> helper2,
// class Point -> class _Point): names, inspection and error messages still show the source's names.
import * as a from './lib/renamed/a.js';

function helper() { return 'main.helper'; }
const make = () => 'main.make';
let counter = function () { return 'main.counter'; };
class Point { static origin() { return new Point(); } }
function* gen() { yield 'main'; }

for (const f of [helper, a.helper, make, a.make, counter, a.counter, gen, a.gen]) console.log(f.name, f());
console.log(Point.name, a.Point.name, Point.origin() instanceof Point, a.Point.origin() instanceof a.Point);
console.log(Point, a.Point, [a.Point.origin(), new Point()]);
console.log(a.Point.x(a.Point.origin()), a.Point.callSecret(new a.Point()));
try { a.Point.callSecret({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.Point.x(new Point()); } catch (e) { console.log(e.constructor.name, e.message); }
class Sub extends a.Point {}
console.log(Sub, Object.getPrototypeOf(Sub).name, new Sub());
const Point2 = class {};
console.log(Point2.name);
