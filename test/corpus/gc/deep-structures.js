// A deep linked structure and a wide tree stay live while garbage is produced around them; the
// collector must trace long chains without recursion limits.
let list = null;
for (let i = 0; i < 50000; i++) list = { value: i, next: list };
function makeTree(depth) {
  if (depth === 0) return { leaf: true, items: [1, 2, 3] };
  return { left: makeTree(depth - 1), right: makeTree(depth - 1), depth: depth };
}
const tree = makeTree(12);
let garbage = 0;
for (let i = 0; i < 100000; i++) garbage += [i, i * 2].length;
let sum = 0;
for (let n = list; n; n = n.next) sum += n.value;
function count(t) { return t.leaf ? t.items.length : count(t.left) + count(t.right); }
console.log(sum, count(tree), garbage, tree.depth);
