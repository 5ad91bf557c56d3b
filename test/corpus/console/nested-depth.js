// Nested objects/arrays beyond depth 2 print as [Object] / [Array]; empty ones stay {} / [].
console.log({ a: 1, b: { c: 2 } });
console.log({ a: 1, b: { c: [1, 2] } });
console.log({ a: 1, b: { c: { d: 1 } } });
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [1] } } });
console.log({ level0: { level1: { level2: { level3: "hidden" }, sibling: [1, [2, [3]]] } } });
console.log([{ a: { b: { c: 1 } } }]);
console.log([[[[1]]]]);
console.log([[[[]]]]);
console.log([[[{}]]]);
console.log([[[{ x: 1 }]]]);
console.log({ arr: [[["deep"]]] });
console.log({ empty: {}, emptyArr: [], nested: { empty: {}, arr: [] } });
const tree = { value: 1, left: { value: 2, left: null, right: { value: 4, left: null, right: null } }, right: null };
console.log(tree);
const config = {
  server: { host: "localhost", port: 8080, tls: { enabled: false, cert: null } },
  users: [{ name: "root", roles: ["admin"] }],
};
console.log(config);
console.log(config.server);
console.log(config.server.tls);
console.log(config.users);
console.log(config.users[0]);
console.log([config]);
const fnNested = { handlers: { onClick: function click() {}, deeper: { fn: () => 1 } } };
console.log(fnNested);
console.log({ a: [{ b: [{ c: 1 }] }] });
