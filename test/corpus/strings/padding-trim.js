// trim, padStart, padEnd and repeat, used to build aligned tables.
console.log("[" + "  hi  ".trim() + "]", "[" + "\t\n x \r\n".trim() + "]", "[" + "".trim() + "]");
console.log("[" + "   ".trim() + "]", "[" + "a b".trim() + "]", "  x".trim().length);
console.log("5".padStart(3, "0"), "5".padEnd(3, "0"), "abc".padStart(2), "abc".padEnd(6) + "|");
console.log("x".padStart(6, "ab"), "x".padEnd(6, "ab"), "x".padStart(5, ""), "12".padStart(0, "0"));
console.log("7".padStart(4), "[" + "".padEnd(3) + "]", "abc".padStart(NaN, "-"), "a".padStart(3.9, "*"));
console.log("ab".repeat(3), "[" + "x".repeat(0) + "]", "-".repeat(10), "".repeat(5).length);
console.log("ab".repeat(2.9), "=".repeat("3"));
try {
  "x".repeat(-1);
} catch (e) {
  console.log(e.name, e instanceof RangeError, e.message);
}
try {
  "x".repeat(Infinity);
} catch (e) {
  console.log(e.name, e instanceof RangeError, e.message);
}
const items = [["apple", 1.5, 3], ["kiwi", 0.25, 12], ["watermelon", 4, 1], ["fig", 10.125, 20]];
const line = "+" + "-".repeat(12) + "+" + "-".repeat(9) + "+" + "-".repeat(5) + "+";
console.log(line);
console.log("| " + "item".padEnd(11) + "|" + "price".padStart(8) + " |" + "qty".padStart(4) + " |");
console.log(line);
let total = 0;
for (let i = 0; i < items.length; i++) {
  const name = items[i][0];
  const price = items[i][1];
  const qty = items[i][2];
  total += price * qty;
  console.log("| " + name.padEnd(11) + "|" + price.toFixed(2).padStart(8) + " |" +
    String(qty).padStart(4) + " |");
}
console.log(line);
console.log("| " + "total".padEnd(11) + "|" + total.toFixed(2).padStart(8) + " |" + "".padStart(4) + " |");
console.log(line);
function hex(n, width) {
  return "0x" + n.toString(16).toUpperCase().padStart(width, "0");
}
console.log(hex(255, 4), hex(0, 2), hex(65535, 2), hex(4096, 8));
for (let i = 1; i <= 5; i++) {
  console.log(" ".repeat(5 - i) + "*".repeat(2 * i - 1));
}
