// Getting, setting and deleting properties with dot and bracket notation; missing keys.
const obj = { a: 1 };
obj.b = 2;
obj["c"] = 3;
const k = "d";
obj[k] = 4;
obj[k + k] = 5;
console.log(obj, obj.a + obj["b"] + obj.c + obj[k] + obj.dd);
console.log(obj.missing, obj["missing"], typeof obj.missing, obj.missing === undefined);
obj.a = "overwritten";
obj.b = undefined;
console.log(obj, "b" in obj, Object.keys(obj).length);
delete obj.b;
delete obj["c"];
console.log(obj, "b" in obj, Object.keys(obj).length);
obj[1] = "one";
obj["1"] = "string one";
obj[1.0] = "float one";
console.log(obj[1], Object.keys(obj));
const target = {};
target[true] = "t";
target[null] = "n";
target[undefined] = "u";
target[[1, 2]] = "arr";
target[{}] = "obj";
console.log(target, Object.keys(target));
const inventory = { apples: 3 };
function add(item, qty) {
  inventory[item] = (inventory[item] || 0) + qty;
}
add("apples", 2);
add("pears", 4);
add("plums", 0);
add("pears", -4);
console.log(inventory);
for (const key of Object.keys(inventory)) {
  if (inventory[key] === 0) delete inventory[key];
}
console.log(inventory);
const ref1 = { v: 1 };
const ref2 = ref1;
ref2.v = 2;
console.log(ref1.v, ref1 === ref2, { v: 2 } === ref1);
function mutate(o) {
  o.changed = true;
  o = { replaced: true };
  return o;
}
const orig = {};
const returned = mutate(orig);
console.log(orig, returned);
const chain = {};
chain.a = {};
chain.a.b = {};
chain.a.b.c = "deep";
console.log(chain.a.b.c, chain["a"]["b"]["c"], chain);
const str = "hello";
console.log(str.length, str["length"], (5).toFixed(1), "abc".length === 3);
const numObj = { 0: "a", 1: "b", length: 2 };
console.log(numObj[0] + numObj[1], numObj.length);
