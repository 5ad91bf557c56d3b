// Relational operators: string vs string (code units), string vs number, mixed coercions.
console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, -0 <= 0, -0 >= 0);
console.log("a" < "b", "B" < "a", "apple" < "apples", "Z" < "a", "" < "a", "abc" < "abd");
console.log("10" < "9", 10 < 9, "10" < 9, 10 < "9", "10" > "9", "100" < "2");
console.log("abc" < 1, "abc" > 1, "abc" >= 1, "" < 1, "" >= 0, " " <= 0);
console.log(null < 1, null >= 0, null > 0, null == 0, undefined < 1, undefined >= 0);
console.log(true > false, true > 0, "1" > false, [2] > 1, [1, 2] > 1, [] < 1);
console.log(NaN < NaN, NaN >= NaN, "a" < NaN, Infinity > 1e308, -Infinity < -1e308);
console.log("a" < "á", "z" < "é", "Z" < "z", "0" < "A", "A" < "_", "_" < "a");
console.log("2" > "12", 2 > "12", "2" > 12, "b" > "abc", "a" > "A");
const words = ["banana", "Apple", "cherry", "apple", "10", "9", "Banana"];
let min = words[0];
let max = words[0];
for (let i = 1; i < words.length; i++) {
  if (words[i] < min) min = words[i];
  if (words[i] > max) max = words[i];
}
console.log(min, max);
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
const pairs = [[1, 2], ["1", "2"], ["b", "a"], [3, "3"], ["x", 1], [null, undefined], [[], ""]];
const res = [];
for (let i = 0; i < pairs.length; i++) {
  res.push(cmp(pairs[i][0], pairs[i][1]));
}
console.log(res);
let inRange = 0;
for (let v = -5; v <= 5; v++) {
  if (-2 <= v && v < 3) inRange++;
}
console.log(inRange);
console.log(1 < 2 < 3, 3 > 2 > 1, 3 > 2 >= 1, 1 < 3 < 2);
console.log("a" <= "a", "a" >= "a", "ab" <= "a", "a" <= "ab");
