// String() and implicit string conversion of primitives and arrays.
console.log(String(1), String(-1.5), String(1e21), String(1e-7), String(-0));
console.log(String(NaN), String(Infinity), String(-Infinity));
console.log(String(true), String(false), String(null), String(undefined));
console.log(String("already"), String(""), String().length);
console.log(String([]), "|" + String([]) + "|");
console.log(String([1, 2, 3]), String([1, [2, [3, [4]]]]));
console.log(String([null, undefined, 1]), String([, , 5]));
console.log(String(["a", "b"]), String([true, false]), String([NaN, -0]));
console.log(String([[], []]), String([[[]]]).length);
console.log(String({}), String({ a: 1 }));
console.log(String(function () {}).length > 0);
console.log("" + 1 + 2, 1 + 2 + "", "" + null, "" + undefined, "" + true);
console.log([1, 2] + [3, 4], [] + [], [] + {}, ({}) + "");
console.log(`${null} ${undefined} ${[1, 2]} ${true} ${0.1 + 0.2}`);
console.log(typeof String(5), typeof ("" + 5), String(5).length);
console.log(String(123456789012345680000), String(0.000001), String(2 ** 53));
console.log(String(-1e-7), String(1.5e300), String(5e-324));
const values = [0, -0, 1, 0.5, "0", "", "x", true, false, null, undefined, NaN, [], [0]];
let line = "";
for (let i = 0; i < values.length; i++) {
  line += "<" + String(values[i]) + ">";
}
console.log(line);
console.log(String(String(String(42))));
console.log(String(12).concat(34), String(0.1).length, String(1 / 3).length);
