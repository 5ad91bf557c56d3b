function* gen() { yield 1; }
const it = gen();

const GeneratorPrototype = Object.getPrototypeOf(gen.prototype);
const GeneratorFunctionPrototype = Object.getPrototypeOf(gen);

console.log(Object.getPrototypeOf(it) === gen.prototype);
console.log(typeof GeneratorPrototype.next, typeof GeneratorPrototype.return, typeof GeneratorPrototype.throw);
console.log(GeneratorFunctionPrototype.prototype === GeneratorPrototype);
console.log(GeneratorFunctionPrototype[Symbol.toStringTag]);
console.log(GeneratorPrototype[Symbol.toStringTag]);
console.log(String(it));
console.log(`${it}`);
console.log(Object.prototype.toString.call(gen));
console.log(gen.constructor.name);
console.log(Object.getOwnPropertyNames(gen.prototype));
console.log(Object.keys(it));
console.log(gen.prototype === gen.prototype, gen.prototype.constructor === undefined);

// adding a method to gen.prototype affects its generators
gen.prototype.extra = function () { return 'extra'; };
console.log(gen().extra());

// gen.prototype replaced with non-object: generator objects fall back to %GeneratorPrototype%
function* gen2() { yield 2; }
gen2.prototype = null;
const it2 = gen2();
console.log(Object.getPrototypeOf(it2) === GeneratorPrototype, it2.next().value);

// iterator is its own iterable
console.log(it[Symbol.iterator]() === it);

// toString of generator functions
console.log(gen.toString());
console.log(({ *m() {} }).m.toString());

// typeof
console.log(typeof gen, typeof it);

// console.log of generator objects and functions
console.log(it);
console.log(gen);
console.log([gen, it]);

// instanceof
console.log(it instanceof gen, it instanceof Object);
