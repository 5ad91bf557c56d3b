class Stack extends Array {
  peek() {
    return this[this.length - 1];
  }
  get top() { return this.peek(); }
}

const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s.top);
console.log(s instanceof Stack, s instanceof Array, Array.isArray(s));
const mapped = s.map(x => x * 2);
console.log(mapped instanceof Stack, mapped.peek());
const filtered = s.filter(x => x > 1);
console.log(filtered.constructor.name, filtered.length);
console.log(Stack.from([7, 8]).peek());
console.log(Stack.of(4, 5, 6).top);
s.length = 1;
console.log(s.length, s[0], s[1]);
console.log(JSON.stringify(s));
console.log([...s, ...new Stack(3)].length);
const s2 = new Stack(3);
console.log(s2.length);
const s3 = new Stack('a', 'b');
console.log(s3.length, s3.join('-'));

class DefaultMap extends Map {
  constructor(def, entries) {
    super(entries);
    this.def = def;
  }
  get(k) {
    if (!this.has(k)) this.set(k, this.def());
    return super.get(k);
  }
}
const dm = new DefaultMap(() => [], [['x', [1]]]);
dm.get('a').push(1);
dm.get('a').push(2);
dm.get('b');
console.log(dm.size, dm.get('a'), dm.get('x'));
console.log(dm instanceof Map, dm instanceof DefaultMap);
console.log([...dm.keys()]);
console.log(Object.prototype.toString.call(dm));

class CountingSet extends Set {
  add(v) {
    this.adds = (this.adds || 0) + 1;
    return super.add(v);
  }
}
// Set constructor calls this.add for each element
const cs = new CountingSet([1, 2, 2, 3]);
console.log(cs.size, cs.adds);
console.log([...cs]);
