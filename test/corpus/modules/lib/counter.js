// A module with mutable exported state: importers see live bindings.
export let count = 0;
export const history = [];

export function increment(by = 1) {
  count += by;
  history.push(count);
  return count;
}

export function reset() {
  count = 0;
  history.length = 0;
}
