import { Shape } from './base.js';

export class Rect extends Shape {
  constructor(w, h) {
    super('rect');
    this.w = w;
    this.h = h;
  }
  area() { return this.w * this.h; }
}

export class Square extends Rect {
  constructor(s) {
    super(s, s);
    this.name = 'square';
  }
  describe() { return 'SQ:' + super.describe(); }
}
