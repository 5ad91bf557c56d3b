let calls = 0;
function add(a, b) {
  calls++;
  return a + b;
}
module.exports = {
  add,
  getCalls: () => calls,
  get callsGetter() { return calls; },
  constant: 42,
};
