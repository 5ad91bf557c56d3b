// immutable update patterns
const state = { user: { name: 'ann', prefs: { theme: 'dark', lang: 'en' } }, items: [1, 2, 3] };
const next = {
  ...state,
  user: { ...state.user, prefs: { ...state.user.prefs, theme: 'light' } },
  items: [...state.items.slice(0, 1), 99, ...state.items.slice(2)],
};
console.log(JSON.stringify(state));
console.log(JSON.stringify(next));
console.log(state.user === next.user, state.user.prefs === next.user.prefs);

// remove key with rest
const { items, ...withoutItems } = next;
console.log(withoutItems);

// partial application using rest/spread
const partial = (fn, ...preset) => (...later) => fn(...preset, ...later);
const add3 = (a, b, c) => a + b + c;
console.log(partial(add3, 1)(2, 3), partial(add3, 1, 2)(3), partial(add3)(1, 2, 3));

// compose
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
console.log(compose(x => x + 1, x => x * 2)(5));

// zip using rest
const zip = (...arrays) => arrays[0].map((_, i) => arrays.map(a => a[i]));
console.log(zip([1, 2], ['a', 'b'], [true, false]));

// flatten one level
console.log([].concat(...[[1], [2, [3]], 4]));

// max by spreading mapped values
const people = [{ age: 30 }, { age: 45 }, { age: 12 }];
console.log(Math.max(...people.map(p => p.age)));

// spreading large array into push works
const big = Array.from({ length: 1000 }, (_, i) => i);
const target = [];
target.push(...big);
console.log(target.length, target[999]);

// rest collecting object keys via entries
function pickFirst(obj) {
  const [[k, v], ...others] = Object.entries(obj);
  return { k, v, remaining: others.length };
}
console.log(pickFirst({ a: 1, b: 2, c: 3 }));

// variadic max with default
const maxOr = (dflt, ...xs) => (xs.length ? Math.max(...xs) : dflt);
console.log(maxOr(-1), maxOr(-1, 5, 2));
