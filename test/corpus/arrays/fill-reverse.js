// fill with start/end (negative too), reverse in place, including holes and objects.
console.log([1, 2, 3, 4, 5].fill(0), [1, 2, 3, 4, 5].fill(9, 2), [1, 2, 3, 4, 5].fill(9, 1, 3));
console.log([1, 2, 3, 4, 5].fill(7, -2), [1, 2, 3, 4, 5].fill(7, -4, -1), [1, 2, 3].fill(8, 5));
console.log([1, 2, 3].fill(8, 2, 1), [1, 2, 3].fill(), [1, 2, 3].fill(null, -100), [1, 2, 3].fill("x", NaN, NaN));
const sized = [];
sized.length = 4;
console.log(sized.fill(0), sized.length);
const shared = [0, 0, 0].fill({ n: 0 });
shared[0].n = 5;
console.log(shared, shared[1] === shared[2]);
const grid = [0, 0, 0].fill([]);
grid[0].push("same row");
console.log(grid);
const a = [1, 2, 3, 4];
const r = a.reverse();
console.log(a, r === a);
console.log([].reverse(), [1].reverse(), [1, 2].reverse(), ["a", "b", "c"].reverse());
console.log([1, , 3, , ].reverse(), [, 1].reverse());
const s = "racecar";
console.log(s.split("").reverse().join("") === s, "hello".split("").reverse().join(""));
function isPalindrome(text) {
  const cleaned = text.toLowerCase().split("").filter((c) => c >= "a" && c <= "z").join("");
  return cleaned === cleaned.split("").reverse().join("");
}
console.log(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("not one"), isPalindrome(""));
const chain = [1, 2, 3, 4, 5, 6].reverse().fill(0, 0, 2).reverse();
console.log(chain);
function zeros(n) {
  const out = [];
  out.length = n;
  return out.fill(0);
}
console.log(zeros(3), zeros(0));
const board = [];
for (let i = 0; i < 3; i++) board.push(["", "", ""].fill("."));
board[1][1] = "X";
board[0][2] = "O";
console.log(board.map((row) => row.join("")).join("\n"));
const seq = [];
for (let i = 0; i < 10; i++) seq.push(i);
seq.fill(-1, 3, 7);
console.log(seq.reverse().join(","));
const counters = zeros(5);
const rolls = [1, 3, 3, 4, 0, 4, 4, 2];
for (const x of rolls) counters[x]++;
console.log(counters, counters.slice().reverse());
