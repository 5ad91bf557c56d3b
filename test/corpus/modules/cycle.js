import { isEven, describeOdd, evenLoaded } from './lib/cycle/even.js';
import { isOdd } from './lib/cycle/odd.js';

console.log('main evaluating');
console.log(isEven(10), isEven(7), isOdd(7), isOdd(0));
console.log(describeOdd(), evenLoaded);
