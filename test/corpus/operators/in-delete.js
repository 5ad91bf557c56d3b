// The in operator on objects, arrays and prototype chains; delete on properties and elements.
const o = { a: 1, b: undefined, c: null, 0: "zero", "x y": true };
console.log("a" in o, "b" in o, "c" in o, "d" in o, 0 in o, "0" in o, "x y" in o);
console.log(o.b === undefined, "b" in o, o.d === undefined, "d" in o);
console.log(delete o.a, "a" in o, o.a, delete o.missing, delete o["x y"], "x y" in o);
console.log(delete o[0], 0 in o, Object.keys(o));
const arr = [10, 20, , 40];
console.log(0 in arr, 2 in arr, 3 in arr, 4 in arr, "length" in arr, "1" in arr);
console.log(delete arr[1], arr, arr.length, 1 in arr, arr[1]);
console.log(delete arr[3], arr, arr.length);
console.log(delete arr[100], arr.length);
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + " speaks";
};
const dog = new Animal("Rex");
console.log("name" in dog, "speak" in dog, "fly" in dog, Object.keys(dog));
dog.speak = function () {
  return "woof";
};
console.log(dog.speak(), delete dog.speak, dog.speak(), "speak" in dog);
console.log(delete dog.speak, dog.speak(), delete Animal.prototype.speak, "speak" in dog);
const counts = {};
const words = ["x", "y", "x", "z", "x", "y"];
for (let i = 0; i < words.length; i++) {
  if (words[i] in counts) counts[words[i]]++;
  else counts[words[i]] = 1;
}
console.log(counts);
delete counts.x;
console.log(counts, Object.keys(counts).length);
const key = "dyn";
const holder = {};
holder[key] = 1;
console.log(key in holder, delete holder[key], key in holder, holder);
try {
  console.log("a" in "abc");
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
const nested = { inner: { v: 1 } };
console.log(delete nested.inner.v, nested, "inner" in nested);
