import { isEven, evenLoaded } from './even.js';

export function isOdd(n) {
  if (n === 0) return false;
  return isEven(n - 1);
}
export const oddLoadedAt = 'odd';

console.log('evaluating odd.js; isEven is', typeof isEven);
try {
  console.log(evenLoaded);
} catch (e) {
  console.log('TDZ in cycle:', e.constructor.name + ': ' + e.message);
}
