// Number.prototype.toLocaleString in node's default locale (en-US): grouping by thousands, at most
// three fraction digits rounded half away from zero on the shortest decimal form.
const values = [0, -0, 1, -1, 12, 123, 1234, 12345, 123456, 1234567, -1234567.891, 1234.5, 1234.5678,
  0.1, 0.25, 0.3333333333333333, 2 / 3, 0.1 + 0.2, 1.0005, 2.0005, 1.0015, 2.675, 1.1115, 4.35,
  0.0005, -0.0005, 0.00049, 0.0001, -0.0001, 1e-7, 5e-324, 999.9995, 999999.9999, 99.99949,
  1e21, 123456789012345680000, 1.5e300, 2 ** 53, NaN, Infinity, -Infinity];
for (let i = 0; i < values.length; i++) {
  console.log(values[i], values[i].toLocaleString());
}
const invoice = [["Widget", 3, 1999.95], ["Gadget", 12, 5.5], ["Service", 1, 120000]];
let sum = 0;
for (let i = 0; i < invoice.length; i++) {
  const line = invoice[i];
  const amount = line[1] * line[2];
  sum += amount;
  console.log(line[0], line[1], "x", line[2].toLocaleString(), "=", amount.toLocaleString());
}
console.log("total", sum.toLocaleString(), "average", (sum / invoice.length).toLocaleString());
const population = [8045311447, 1425671352, 331002651, 67886011];
const rows = [];
for (let i = 0; i < population.length; i++) rows.push(population[i].toLocaleString());
console.log(rows.join(" | "));
console.log(new Number(9876543.21).toLocaleString(), (1e6).toLocaleString() + "!", typeof (5).toLocaleString());
