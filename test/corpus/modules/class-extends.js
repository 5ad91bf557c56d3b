import Registry, { Shape } from './lib/class-extends/base.js';
import { Rect, Square } from './lib/class-extends/shapes.js';

const r = Registry.add(new Rect(2, 3));
const s = Registry.add(new Square(4));
Registry.add(new Shape('blob'));

console.log(Registry.list());
console.log(r instanceof Shape, s instanceof Rect, s instanceof Shape);
console.log(Shape.count, Rect.count);
console.log(r, s);
console.log(Rect, Square);
console.log(Object.getPrototypeOf(Square) === Rect, Object.getPrototypeOf(Rect) === Shape);

class Circle extends Shape {
  constructor(rad) { super('circle'); this.rad = rad; }
  area() { return 3 * this.rad ** 2; }
}
console.log(new Circle(2).describe());
