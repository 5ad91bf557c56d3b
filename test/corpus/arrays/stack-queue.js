// push, pop, shift, unshift: return values, empty arrays, multiple arguments.
const a = [];
console.log(a.push(1), a.push(2, 3), a.push(), a);
console.log(a.pop(), a.pop(), a, a.length);
console.log(a.unshift(0), a.unshift(-2, -1), a.unshift(), a);
console.log(a.shift(), a.shift(), a);
const empty = [];
console.log(empty.pop(), empty.shift(), empty.length, empty);
const nested = [[1], [2]];
nested.push([3, 4]);
console.log(nested.pop(), nested);
const queue = [];
const output = [];
queue.push("a");
queue.push("b");
output.push(queue.shift());
queue.push("c");
queue.push("d");
output.push(queue.shift());
output.push(queue.shift());
queue.unshift("urgent");
output.push(queue.shift());
output.push(queue.shift());
output.push(queue.shift());
console.log(output, queue);
const stack = [];
const text = "a(b[c]{d}e)f";
const pairs = { ")": "(", "]": "[", "}": "{" };
let ok = true;
for (const ch of text.split("")) {
  if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
  else if (ch in pairs) {
    if (stack.pop() !== pairs[ch]) ok = false;
  }
}
console.log("balanced:", ok && stack.length === 0);
function balanced(s) {
  const st = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "(" || ch === "[") st.push(ch);
    else if (ch === ")" && st.pop() !== "(") return false;
    else if (ch === "]" && st.pop() !== "[") return false;
  }
  return st.length === 0;
}
console.log(["()", "([])", "(]", "((", "", "())", "[()()]"].map(balanced));
function rpn(tokens) {
  const st = [];
  for (const t of tokens) {
    if (t === "+" || t === "-" || t === "*" || t === "/") {
      const r = st.pop();
      const l = st.pop();
      st.push(t === "+" ? l + r : t === "-" ? l - r : t === "*" ? l * r : l / r);
    } else st.push(Number(t));
  }
  return st.pop();
}
console.log(rpn("3 4 + 2 *".split(" ")), rpn("5 1 2 + 4 * + 3 -".split(" ")), rpn("1 3 /".split(" ")));
const holes = [1, , 3];
console.log(holes.pop(), holes.pop(), holes.pop(), holes);
const withHole = [, 2];
console.log(withHole.shift(), withHole);
const rot = [1, 2, 3, 4, 5];
for (let i = 0; i < 7; i++) rot.push(rot.shift());
console.log(rot);
for (let i = 0; i < 3; i++) rot.unshift(rot.pop());
console.log(rot);
