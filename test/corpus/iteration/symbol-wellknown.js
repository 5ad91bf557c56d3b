// Symbol.hasInstance
class Even {
  static [Symbol.hasInstance](n) {
    return typeof n === 'number' && n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even, 'x' instanceof Even);

// Symbol.toPrimitive precedence over valueOf/toString
const both = {
  valueOf() { return 1; },
  toString() { return 'str'; },
  [Symbol.toPrimitive](hint) { return 'prim:' + hint; },
};
console.log(`${both}`, both + '', String(both), +{ [Symbol.toPrimitive]: () => 7 });

// without toPrimitive: valueOf for default/number, toString for string
const vt = { valueOf() { return 10; }, toString() { return 'ten'; } };
console.log(vt + 1, `${vt}`, String(vt), vt * 2, [vt] + '');

// toPrimitive returning object throws
try {
  +{ [Symbol.toPrimitive]() { return {}; } };
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// Symbol.isConcatSpreadable
const spreadable = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable));
const notSpread = [3, 4];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([1].concat(notSpread).length);

// Symbol.toStringTag on classes and builtins
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(function* () {}()));
console.log(Object.prototype.toString.call(Promise.resolve()), Object.prototype.toString.call(Symbol()));
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call([]), Object.prototype.toString.call(JSON), Object.prototype.toString.call(Math));

// Symbol.species
class MyArr extends Array {
  static get [Symbol.species]() { return Array; }
}
const ma = MyArr.from([1, 2, 3]);
console.log(ma instanceof MyArr, ma.map(x => x) instanceof MyArr, ma.map(x => x) instanceof Array);

// Symbol.unscopables exists on Array.prototype
console.log(typeof Array.prototype[Symbol.unscopables], Array.prototype[Symbol.unscopables].flat);

// list of well-known symbol descriptions
console.log(['iterator', 'asyncIterator', 'hasInstance', 'toPrimitive', 'toStringTag', 'species'].map(n => Symbol[n].toString()));
