// Nested objects and arrays: building, walking, deep copy and deep equality by hand.
const company = {
  name: "Acme",
  address: { street: "1 Main St", city: "Springfield", geo: { lat: 39.8, lng: -89.6 } },
  employees: [
    { name: "Ann", skills: ["js", "sql"], manager: null },
    { name: "Bob", skills: [], manager: "Ann" },
    { name: "Cy", skills: ["go"], manager: "Ann" },
  ],
};
console.log(company.address.geo.lat, company.employees[2].skills[0], company.employees.length);
console.log(company.employees[1].skills.length, company.employees[0].manager);
function deepCopy(v) {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof Array) return v.map(deepCopy);
  const out = {};
  for (const k of Object.keys(v)) out[k] = deepCopy(v[k]);
  return out;
}
const copy = deepCopy(company);
copy.address.geo.lat = 0;
copy.employees[0].skills.push("rust");
console.log(company.address.geo.lat, company.employees[0].skills, copy.employees[0].skills);
function deepEqual(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if ((a instanceof Array) !== (b instanceof Array)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!(k in b) || !deepEqual(a[k], b[k])) return false;
  return true;
}
console.log(deepEqual(company, deepCopy(company)), deepEqual(company, copy), deepEqual([1, [2]], [1, [2]]));
console.log(deepEqual({ a: [] }, { a: {} }), deepEqual({ a: 1 }, { a: 1, b: undefined }), deepEqual(null, {}));
function countLeaves(v) {
  if (v === null || typeof v !== "object") return 1;
  let n = 0;
  for (const k of Object.keys(v)) n += countLeaves(v[k]);
  return n;
}
console.log(countLeaves(company), countLeaves({}), countLeaves([[], [[]]]));
function paths(v, prefix, out) {
  if (v === null || typeof v !== "object") {
    out.push(prefix + "=" + String(v));
    return out;
  }
  for (const k of Object.keys(v)) paths(v[k], prefix ? prefix + "." + k : k, out);
  return out;
}
const flat = paths(company, "", []);
console.log(flat.length);
for (const line of flat.slice(0, 8)) console.log(line);
const tree = { value: 1, children: [{ value: 2, children: [{ value: 4, children: [] }] }, { value: 3, children: [] }] };
function sumTree(node) {
  let s = node.value;
  for (const ch of node.children) s += sumTree(ch);
  return s;
}
function depthTree(node) {
  let d = 0;
  for (const ch of node.children) d = Math.max(d, depthTree(ch));
  return d + 1;
}
console.log(sumTree(tree), depthTree(tree));
const grid = [];
for (let r = 0; r < 3; r++) {
  grid.push([]);
  for (let c = 0; c < 3; c++) grid[r].push({ r, c, on: (r + c) % 2 === 0 });
}
console.log(grid[1][2], grid.map((row) => row.map((cell) => (cell.on ? "#" : ".")).join("")).join("/"));
