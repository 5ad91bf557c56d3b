// Warm inlined builtin calls (Math.*, push, pop, charCodeAt), then call the same sites with
// receivers and arguments they must decline, and with the builtins replaced.
const attempt = (f) => { try { return f(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
function root(x) { return Math.sqrt(x); }
function low(x) { return Math.floor(x); }
function lim(a, b) { return [Math.min(a, b), Math.max(a, b)]; }
function put(a, v) { return a.push(v); }
function take(a) { return a.pop(); }
function code(s, i) { return s.charCodeAt(i); }

let acc = 0;
const stack = [];
for (let i = 0; i < 1000; i++) {
  acc += root(i) + low(i / 3) + lim(i, 500)[0] + put(stack, i) + code('abcdef', i % 6);
  if (i % 3 === 0) acc += take(stack);
}
console.log('warm', acc.toFixed(6), stack.length);

console.log(root(-1), root('16'), root(), low(-0.5), Object.is(low(-0), -0), low(null), low({ valueOf: () => 2.7 }));
console.log(lim(-0, 0).map((x) => Object.is(x, -0)), lim(NaN, 1), lim('3', 2), lim(2, 1));
console.log(put([1, , 3], 'x'), attempt(() => put({ length: 1 }, 'obj')), attempt(() => put(Object.freeze([1]), 2)), put(new Array(3), 'sparse'));
const withSetter = [];
Object.defineProperty(withSetter, 'length', { writable: false });
console.log(attempt(() => put(withSetter, 1)));
console.log(take([]), take([1, , ]), attempt(() => take({ length: 2, 1: 'obj' })), attempt(() => take(Object.freeze([1]))));
const inheritedHole = [1, , ];
Object.setPrototypeOf(inheritedHole, Object.assign(Object.create(Array.prototype), { 1: 'from proto' }));
console.log(take(inheritedHole), inheritedHole.length);
console.log(code('abc', 5), code('abc', -1), code('abc', 1.5), code('abc', '1'), code('😀', 1), attempt(() => code(12345, 2)), attempt(() => code(null, 0)), code(new String('xyz'), 2));

Math.sqrt = (x) => `patched ${x}`;
Array.prototype.push = function (v) { return `patched push ${v}`; };
String.prototype.charCodeAt = function () { return 'patched'; };
console.log(root(4), put([], 1), code('a', 0), take([7]));
