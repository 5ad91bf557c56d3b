// A property of a primitive's prototype (a string's methods, a number's toFixed) is cached by the
// property IC keyed on the primitive's type; changing, adding or deleting the prototype's
// properties, or an accessor on it, must show through the cache.
const s = 'hello';
let n = 0;
for (let i = 0; i < 300; i++) n += s.charCodeAt(i % 5) + (1.5).toFixed(1).length + String(true.toString()).length;
console.log(n, s.length, 'x'.at(0), (5).constructor === Number, true.valueOf(), Symbol('q').description);
String.prototype.charCodeAt = function () { return 7; };
let m = 0;
for (let i = 0; i < 10; i++) m += s.charCodeAt(i);
console.log(m);
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
console.log('abc'.shout(), 'd'.shout());
delete String.prototype.shout;
try { const t = 'abc'; t.shout(); } catch (e) { console.log(e.message); }
Object.prototype.extra = 42;
console.log('s'.extra, (1).extra, false.extra);
Object.defineProperty(Number.prototype, 'twice', { get() { return this * 2; }, configurable: true });
console.log((4).twice, (4).twice);
