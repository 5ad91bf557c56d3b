import * as ns from './lib/namespace/shapes.js';

console.log(ns.name, ns.version);
ns.bump();
console.log('live via namespace', ns.version);
console.log(ns.area({ kind: 'square', side: 3 }), ns.area({ kind: 'rect', w: 2, h: 5 }));
console.log(ns.default);

// namespace object properties: sorted keys, toStringTag, null prototype
console.log(Object.keys(ns));
console.log(Object.prototype.toString.call(ns));
console.log(Object.getPrototypeOf(ns));
console.log(Object.isFrozen(ns), Object.isSealed(ns), Object.isExtensible(ns));
console.log(ns);

// namespace is read-only
try {
  ns.name = 'changed';
} catch (e) {
  console.log(e.constructor.name);
}
try {
  ns.newProp = 1;
} catch (e) {
  console.log(e.constructor.name);
}
try {
  delete ns.name;
} catch (e) {
  console.log(e.constructor.name);
}
console.log(ns.name, 'newProp' in ns);

const desc = Object.getOwnPropertyDescriptor(ns, 'version');
console.log(desc);
console.log('missing' in ns, ns.missing);

// destructure namespace
const { area, zeta, alpha } = ns;
console.log(typeof area, zeta, alpha);
