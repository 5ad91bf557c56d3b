import * as lib from './lib/reexports/lib/index.js';
import { upper, lower, SEP, sq, shout, numbers, numbersDefault, stringsDefault, local } from './lib/reexports/lib/index.js';

console.log(upper('abc'), lower('XYZ'), SEP, sq(7), shout('hey'));
console.log(numbers.cube(3), numbers.square(2), typeof numbers.default);
console.log(numbersDefault(), stringsDefault, local);
console.log(Object.keys(lib));
console.log('default' in lib);
console.log(Object.keys(numbers));
console.log(lib.upper === upper, lib.shout === upper);
