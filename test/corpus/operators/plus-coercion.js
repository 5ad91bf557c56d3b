// The + operator: string concatenation vs numeric addition, left to right.
console.log(1 + 2, "1" + 2, 1 + "2", "1" + "2", 1 + 2 + "3", "1" + 2 + 3);
console.log(1 + true, true + true, true + "1", false + null, null + null);
console.log(undefined + 1, undefined + "x", null + "x", null + 1, undefined + null);
console.log(1 + [], 1 + [2], 1 + [2, 3], [] + [], [1] + [2], [] + 1);
console.log("a" + {}, 1 + {}, [] + {}, {} + "", "" + [null], "" + [undefined, null]);
console.log(0.1 + "0.2", -0 + "", "" + -0, 1e21 + "", 1e-7 + "");
console.log(NaN + "", NaN + 1, Infinity + "", -Infinity + 1, Infinity + -Infinity);
console.log("3" - 1, "3" * "4", "12" / "4", "7" % "4", "2" ** "3");
console.log("3" + 1 - 1, "3" - 1 + 1, +"3" + 1, -"3" + "1");
console.log(+true, +false, +null, +undefined, +"", +" ", +"\n", +[], +[5], +["5"]);
console.log(typeof (1 + "1"), typeof (1 - "1"), typeof (null + undefined), typeof ([] + []));
const parts = [1, "2", 3, true, null, undefined, [4], 5];
let sum = 0;
let concat = "";
for (let i = 0; i < parts.length; i++) {
  sum = sum + parts[i];
  concat = concat + parts[i];
}
console.log(sum);
console.log(concat);
let acc = 0;
for (let i = 0; i < parts.length; i++) {
  acc += Number(parts[i]);
}
console.log(acc);
let x = "5";
x += 1;
console.log(x, typeof x);
x -= 1;
console.log(x, typeof x);
let y = 5;
y += "";
console.log(y, typeof y, y.length);
console.log(1 + - + + + - + 1, "a" + + "b", "b" + "a" + + "a" + "a");
console.log(" " + 1 + 1, 1 + 1 + " ", [1, 2] + 3, [1, 2] - 3, [5] * [2]);
