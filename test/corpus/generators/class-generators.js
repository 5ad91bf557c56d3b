class Matrix {
  constructor(rows) {
    this.rows = rows;
  }
  *[Symbol.iterator]() {
    for (const row of this.rows) yield* row;
  }
  *rowsWithIndex() {
    for (let i = 0; i < this.rows.length; i++) yield [i, this.rows[i]];
  }
  static *identity(n) {
    for (let i = 0; i < n; i++) {
      yield Array.from({ length: n }, (_, j) => (i === j ? 1 : 0));
    }
  }
}

const m = new Matrix([[1, 2], [3, 4]]);
console.log([...m]);
console.log(Math.max(...m));
for (const [i, row] of m.rowsWithIndex()) console.log(i, row);
console.log([...Matrix.identity(3)]);
console.log(new Matrix([...Matrix.identity(2)]));

// generator method name & properties
console.log(Matrix.prototype.rowsWithIndex.name, Matrix.identity.name);
console.log(Matrix.prototype[Symbol.iterator].name);

// generator methods can use this and super
class Base {
  *items() { yield 'base1'; yield 'base2'; }
}
class Derived extends Base {
  *items() {
    yield 'derived-start';
    yield* super.items();
    yield 'derived-end';
  }
}
console.log([...new Derived().items()]);

// generator in object literal with computed key
const key = 'gen';
const obj = {
  data: [3, 1, 2],
  *[key]() { yield* [...this.data].sort(); },
  *[Symbol.iterator]() { yield* this.data; },
};
console.log([...obj.gen()], [...obj]);

// private generator method
class Secret {
  *#hidden() { yield 'h1'; yield 'h2'; }
  reveal() { return [...this.#hidden()]; }
}
console.log(new Secret().reveal());

// iterating instances in Map/Set constructors
class Pairs {
  constructor(obj) { this.obj = obj; }
  *[Symbol.iterator]() {
    for (const k of Object.keys(this.obj)) yield [k, this.obj[k]];
  }
}
console.log(new Map(new Pairs({ a: 1, b: 2 })));
