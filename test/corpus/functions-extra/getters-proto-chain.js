const base = {
  _secret: 'base-secret',
  get secret() { return 'got ' + this._secret; },
  set secret(v) { this._secret = v.toUpperCase(); },
};
const child = Object.create(base);
child._secret = 'child-secret';
console.log(child.secret);
child.secret = 'new';
console.log(child._secret, base._secret);
console.log(Object.prototype.hasOwnProperty.call(child, 'secret'));

// getter on prototype with no setter: assignment silently fails in sloppy
const roBase = { get ro() { return 'readonly'; } };
const roChild = Object.create(roBase);
roChild.ro = 'attempt';
console.log(roChild.ro, Object.keys(roChild));

// non-writable data prop on prototype prevents shadowing by assignment
const frozenProto = Object.defineProperty({}, 'fixed', { value: 'proto', writable: false });
const fc = Object.create(frozenProto);
fc.fixed = 'own';
console.log(fc.fixed, Object.keys(fc));
// but defineProperty can shadow
Object.defineProperty(fc, 'fixed', { value: 'defined', enumerable: true });
console.log(fc.fixed, Object.keys(fc));

// three-level chain
const a = { get who() { return 'a sees ' + this.name; }, name: 'a' };
const b = Object.create(a, { name: { value: 'b', enumerable: true } });
const c = Object.create(b);
c.name = 'c';
console.log(a.who, b.who, c.who);

// in vs hasOwn with chain
console.log('who' in c, Object.hasOwn(c, 'who'), Object.hasOwn(c, 'name'));

// getter defined via defineProperty on function prototype
function Person(first, last) {
  this.first = first;
  this.last = last;
}
Object.defineProperty(Person.prototype, 'full', {
  get() { return this.first + ' ' + this.last; },
  set(v) { [this.first, this.last] = v.split(' '); },
});
const p = new Person('Ada', 'Lovelace');
console.log(p.full);
p.full = 'Grace Hopper';
console.log(p.first, p.last, p);

// __defineGetter__-free, Object.getPrototypeOf chain listing
const chain = [];
let cur = c;
while (cur) {
  chain.push(Object.keys(cur).join(',') || '(none)');
  cur = Object.getPrototypeOf(cur);
}
console.log(chain);

// getter throwing
const throwing = { get boom() { throw new RangeError('kaboom'); } };
try {
  Object.create(throwing).boom;
} catch (e) {
  console.log(e.name, e.message);
}
