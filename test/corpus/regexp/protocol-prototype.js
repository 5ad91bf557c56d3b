// The RegExp protocol when the program changes what it reads: lastIndex made read-only or an
// object, an own `flags` or `exec`, a subclass, and %RegExp.prototype% itself given a new
// property, a replaced exec, and replaced flag getters. Each runs first on untouched regexps.
const words = 'one two three two one';
const run = (label) => console.log(label, words.replace(/two/g, 'TWO'), words.split(/\s+/).length,
  words.match(/o/g).length, words.search(/three/), /t(w)o/.exec(words)?.[1], [...words.matchAll(/on(e)/g)].length);
run('plain');

const frozen = Object.freeze(/o/g);
try { words.replace(frozen, '0'); } catch (e) { console.log(e.constructor.name, e.message); }
const sticky = /o/y;
sticky.lastIndex = { valueOf() { console.log('valueOf'); return 9; } };
console.log(sticky.test(words), sticky.lastIndex);
const ownFlags = /o/;
Object.defineProperty(ownFlags, 'flags', { value: 'g' });
console.log(words.replace(ownFlags, '0'), words.split(ownFlags).length, ownFlags.flags, ownFlags.global);
const ownExec = /x/g;
ownExec.exec = function () { return null; };
console.log(words.replace(ownExec, '?'), ownExec.test('x'));
class Loud extends RegExp {
  exec(s) { const m = super.exec(s); if (m) m[0] = m[0].toUpperCase(); return m; }
}
console.log(words.replace(new Loud('t\\w+', 'g'), (m) => `<${m}>`), new Loud('o', 'g').flags);

RegExp.prototype.extra = 1;
run('with a new prototype property');
delete RegExp.prototype.extra;
const exec = RegExp.prototype.exec;
let seen = 0;
RegExp.prototype.exec = function (s) { seen++; return exec.call(this, s); };
run('counting exec');
console.log('exec calls', seen);
RegExp.prototype.exec = exec;
const flags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags');
Object.defineProperty(RegExp.prototype, 'flags', { get() { return 'g'; }, configurable: true });
console.log(words.replace(/two/, '2'), words.split(/two/).length, /x/.flags);
Object.defineProperty(RegExp.prototype, 'flags', flags);
const global = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global');
Object.defineProperty(RegExp.prototype, 'global', { get() { return true; }, configurable: true });
console.log(/two/.flags, /two/.global, /two/g.flags); // replace and match would loop forever (as in node)
Object.defineProperty(RegExp.prototype, 'global', global);
run('restored');

// Which flag properties replace and match read, and in what order (node 20: global, then unicode).
for (const flags of ['g', 'gu', '', 'y']) {
  const re = new RegExp('o', flags), log = [];
  for (const k of ['flags', 'global', 'unicode', 'unicodeSets', 'sticky']) {
    const get = Object.getOwnPropertyDescriptor(RegExp.prototype, k).get;
    Object.defineProperty(re, k, { get() { log.push(k); return get.call(this); } });
  }
  const r = [words.replace(re, '0'), String(words.match(re))];
  console.log(flags, r, log.join());
}
