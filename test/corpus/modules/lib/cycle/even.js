import { isOdd, oddLoadedAt } from './odd.js';

export const evenLoaded = 'even';
export function isEven(n) {
  if (n === 0) return true;
  return isOdd(n - 1);
}
export function describeOdd() {
  return typeof oddLoadedAt;
}
console.log('evaluating even.js; isOdd is', typeof isOdd);
