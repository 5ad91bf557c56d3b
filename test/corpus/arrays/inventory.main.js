// Inventory report in main(): filter/map/reduce/sort pipelines over an array of records.
const items = [
  { sku: "A-100", name: "bolt", qty: 120, price: 0.25, tags: ["metal", "small"] },
  { sku: "B-200", name: "nut", qty: 0, price: 0.1, tags: ["metal", "small"] },
  { sku: "C-300", name: "gear", qty: 15, price: 12.5, tags: ["metal"] },
  { sku: "D-400", name: "belt", qty: 4, price: 30, tags: ["rubber"] },
  { sku: "E-500", name: "spring", qty: 60, price: 1.75, tags: ["metal", "small"] },
  { sku: "F-600", name: "gasket", qty: 4, price: 3.2, tags: [] },
];

export function main() {
  const inStock = items.filter((it) => it.qty > 0);
  console.log("in stock:", inStock.map((it) => it.name));
  const value = items.reduce((acc, it) => acc + it.qty * it.price, 0);
  console.log("total value:", value, value.toFixed(2));
  const byQty = items.slice().sort((a, b) => a.qty - b.qty);
  console.log("by qty:", byQty.map((it) => it.name + "=" + it.qty).join(" "));
  const metal = items.filter((it) => it.tags.includes("metal")).map((it) => it.sku);
  console.log("metal:", metal);
  console.log("any expensive:", items.some((it) => it.price > 20), "all priced:", items.every((it) => it.price > 0));
  const first = items.find((it) => it.qty < 5);
  console.log("first low:", first.name, items.findIndex((it) => it.qty < 5));
  const tagCounts = {};
  items.forEach((it) => it.tags.forEach((t) => (tagCounts[t] = (tagCounts[t] || 0) + 1)));
  console.log(tagCounts);
  const restock = items.filter((it) => it.qty < 10).map((it) => ({ sku: it.sku, order: 50 - it.qty }));
  console.log(restock);
  const names = items.map((it) => it.name).sort();
  console.log(names.join(", "), names.indexOf("gear"), names.includes("washer"));
  console.log(items[2]);
}
