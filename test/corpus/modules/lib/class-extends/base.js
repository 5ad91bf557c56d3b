export class Shape {
  static count = 0;
  #id;
  constructor(name) {
    this.name = name;
    this.#id = ++Shape.count;
  }
  get id() { return this.#id; }
  area() { return 0; }
  describe() {
    return `${this.name}#${this.id} area=${this.area()}`;
  }
}

export default class Registry {
  static #items = [];
  static add(shape) { Registry.#items.push(shape); return shape; }
  static list() { return Registry.#items.map(s => s.describe()); }
}
