export function helper() { return 'a.helper'; }
export const make = () => 'a.make';
export let counter = function () { return 'a.counter'; };
export class Point {
  #x = 1;
  static origin() { return new Point(); }
  static x(p) { return p.#x; }
  #secret() { return 'secret'; }
  static callSecret(p) { return p.#secret(); }
}
export function* gen() { yield 'a'; }
