const math = require('./lib/cjs-basic/math.cjs');
const { add, getCalls } = require('./lib/cjs-basic/math.cjs');
const util = require('./lib/cjs-basic/util.cjs');
const util2 = require('./lib/cjs-basic/util.cjs');
const Counter = require('./lib/cjs-basic/counter.cjs');
const a = require('./lib/cjs-basic/a.cjs');

console.log(math.add(1, 2), add(3, 4), getCalls(), math.callsGetter, math.constant);
console.log(util.shout('hi'), util === util2, util.loadedCount);
const c = new Counter();
c.inc();
console.log(c.inc(), c, Counter.name);
console.log(a.fromA, a.seenFromB);
console.log(typeof module, typeof exports, typeof require, module.exports === exports);
console.log(this === module.exports);
console.log(Object.keys(math));
