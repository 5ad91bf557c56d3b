// A plugin registry: state is built at module top level, then main() queries and mutates it.
const registry = {};
const order = [];

function register(name, priority, handler) {
  if (name in registry) {
    console.log("duplicate plugin ignored:", name);
    return false;
  }
  registry[name] = { name, priority, handler, calls: 0 };
  order.push(name);
  return true;
}

register("upper", 2, (s) => s.toUpperCase());
register("trim", 1, (s) => s.trim());
register("exclaim", 3, (s) => s + "!");
register("trim", 9, (s) => s);
console.log("registered at load:", Object.keys(registry));

function run(input) {
  const names = order.slice().sort((a, b) => registry[a].priority - registry[b].priority);
  let value = input;
  for (const n of names) {
    const p = registry[n];
    p.calls++;
    value = p.handler(value);
  }
  return value;
}

export function main() {
  console.log(run("  hello plugins  "));
  console.log(run(" again "));
  delete registry.exclaim;
  const remaining = [];
  for (const n of order) if (n in registry) remaining.push(n);
  order.length = 0;
  for (const n of remaining) order.push(n);
  console.log(run(" without exclaim "));
  register("wrap", 0, (s) => "[" + s + "]");
  console.log(run("x"));
  for (const n of Object.keys(registry)) {
    const p = registry[n];
    console.log(p.name.padEnd(8), p.priority, p.calls);
  }
  console.log(registry.upper);
}
