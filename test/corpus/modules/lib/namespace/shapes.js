export const name = 'shapes';
export let version = 1;
export function bump() { version++; }
export function area(shape) {
  switch (shape.kind) {
    case 'square': return shape.side ** 2;
    case 'rect': return shape.w * shape.h;
    default: return 0;
  }
}
export default 'default-export';
export const zeta = 'z', alpha = 'a';
