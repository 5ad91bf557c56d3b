export const PI_ISH = 3.14;
export let counter = 0;
export function increment() {
  counter++;
  return counter;
}
export default function add(a, b) {
  return a + b;
}
export class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  len2() { return this.x * this.x + this.y * this.y; }
}
const hidden = 'not exported';
export { hidden as renamedHidden };
