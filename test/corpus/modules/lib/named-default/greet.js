export default class Greeter {
  constructor(name) { this.name = name; }
  hello() { return `hello ${this.name}`; }
}
export const DEFAULT_NAME = 'world';
