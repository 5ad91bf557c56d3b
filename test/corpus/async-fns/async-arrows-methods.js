const double = async (x) => x * 2;
const noParens = async x => x + 1;
const block = async () => {
  const v = await double(5);
  return v + (await noParens(1));
};

class Repo {
  constructor() {
    this.items = new Map([[1, 'one'], [2, 'two']]);
  }
  async get(id) {
    await null;
    if (!this.items.has(id)) throw new Error(`no item ${id}`);
    return this.items.get(id);
  }
  static async create() {
    const r = new Repo();
    await r.get(1);
    return r;
  }
  async *stream() {
    for (const [k, v] of this.items) yield `${k}=${await v}`;
  }
  async #secret() { return 'private async'; }
  revealSecret() { return this.#secret(); }
}

const obj = {
  name: 'obj',
  async method() { return this.name; },
  arrowInMethod() {
    return (async () => this.name + ' via arrow')();
  },
  async ['comp' + 'uted']() { return 'computed'; },
};

async function main() {
  console.log(await double(21), await noParens(1), await block());
  const repo = await Repo.create();
  console.log(await repo.get(2));
  try {
    await repo.get(3);
  } catch (e) {
    console.log(e.message);
  }
  const streamed = [];
  for await (const s of repo.stream()) streamed.push(s);
  console.log(streamed);
  console.log(await repo.revealSecret());
  console.log(await obj.method(), await obj.arrowInMethod(), await obj.computed());

  // names and types
  console.log(double.name, Repo.prototype.get.name, Repo.create.name, obj.method.name);
  console.log(Object.prototype.toString.call(double), Object.prototype.toString.call(repo.stream));
  console.log(double);
  console.log(obj.method);
  console.log(double.length, 'prototype' in double);

  // async arrow captures this & arguments of enclosing function
  function outer() {
    const f = async () => [this.tag, arguments[0]];
    return f();
  }
  console.log(await outer.call({ tag: 'T' }, 'arg0'));

  // async callbacks in map produce promises
  const promises = [1, 2, 3].map(async (n) => n * 10);
  console.log(promises.length, promises[0] instanceof Promise);
  console.log(await Promise.all(promises));

  // async function not constructible
  try {
    new double();
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
main();
