// iterable class wrapping an array, with entries/keys helpers
class Bag {
  #items = [];
  add(...xs) { this.#items.push(...xs); return this; }
  get size() { return this.#items.length; }
  [Symbol.iterator]() { return this.#items[Symbol.iterator](); }
  *entries() {
    let i = 0;
    for (const x of this) yield [i++, x];
  }
}
const bag = new Bag().add('a', 'b').add('c');
console.log([...bag], bag.size);
console.log([...bag.entries()]);
console.log(bag);

// linked list iterable
class Node {
  constructor(value, next = null) { this.value = value; this.next = next; }
}
class List {
  constructor(...vals) {
    this.head = null;
    for (let i = vals.length - 1; i >= 0; i--) this.head = new Node(vals[i], this.head);
  }
  [Symbol.iterator]() {
    let node = this.head;
    return {
      next: () => {
        if (!node) return { done: true, value: undefined };
        const value = node.value;
        node = node.next;
        return { done: false, value };
      },
    };
  }
}
const list = new List(1, 2, 3);
console.log([...list]);
console.log(Array.from(list).reverse());
let total = 0;
for (const v of list) total += v;
console.log(total);
console.log(new List(1, 2));

// object literal with iterator method using closure state
const fibs = {
  limit: 10,
  [Symbol.iterator]() {
    let [a, b] = [0, 1];
    let n = 0;
    const limit = this.limit;
    return { next: () => (n++ < limit ? (([a, b] = [b, a + b]), { value: a, done: false }) : { done: true }) };
  },
};
console.log([...fibs]);

// inheriting an iterator from a parent class
class Tree {
  constructor(value, children = []) { this.value = value; this.children = children; }
  *[Symbol.iterator]() {
    yield this.value;
    for (const c of this.children) yield* c;
  }
}
class NamedTree extends Tree {}
const t = new NamedTree('root', [new Tree('a', [new Tree('a1')]), new Tree('b')]);
console.log([...t]);

// making an existing object iterable after creation
const plain = { x: 1, y: 2 };
try {
  [...plain];
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
plain[Symbol.iterator] = function* () { yield* Object.entries(this); };
console.log([...plain]);
