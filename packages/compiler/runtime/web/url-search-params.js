// URLSearchParams (WHATWG URL §6.2): an ordered list of name/value pairs, parsed from and
// serialized to application/x-www-form-urlencoded. A URL's searchParams writes back to its URL.
import { percentEncode, percentDecode } from './percent.js';

/** Parse `query` (without a leading ?) into [name, value] pairs. */
export function parseQuery(query) {
  const list = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    list.push([percentDecode(name, true), percentDecode(value, true)]);
  }
  return list;
}

export class URLSearchParams {
  #list = [];
  /** The URL whose query this is (URL sets it), told of every change. */
  #owner = null;

  constructor(init = '') {
    if (init instanceof URLSearchParams) {
      this.#list = init.#list.map(([n, v]) => [n, v]);
    } else if (typeof init === 'object' && init !== null) {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const p = [...pair];
          if (p.length !== 2) throw new TypeError('Each query pair must be an iterable [name, value] tuple');
          this.#list.push([String(p[0]), String(p[1])]);
        }
      } else {
        for (const key of Object.keys(init)) this.#list.push([key, String(init[key])]);
      }
    } else {
      const s = String(init);
      this.#list = parseQuery(s.startsWith('?') ? s.slice(1) : s);
    }
  }

  /** @internal URL's link: its query is now `query`. */
  static _attach(params, owner, query) {
    params.#owner = owner;
    params.#list = parseQuery(query);
  }

  #update() {
    if (this.#owner !== null) this.#owner._setQueryFromParams(this.toString());
  }

  get size() { return this.#list.length; }
  append(name, value) { this.#list.push([String(name), String(value)]); this.#update(); }
  delete(name, value) {
    name = String(name);
    this.#list = this.#list.filter(([n, v]) => !(n === name && (value === undefined || v === String(value))));
    this.#update();
  }
  get(name) {
    name = String(name);
    const pair = this.#list.find(([n]) => n === name);
    return pair === undefined ? null : pair[1];
  }
  getAll(name) {
    name = String(name);
    return this.#list.filter(([n]) => n === name).map(([, v]) => v);
  }
  has(name, value) {
    name = String(name);
    return this.#list.some(([n, v]) => n === name && (value === undefined || v === String(value)));
  }
  set(name, value) {
    name = String(name);
    value = String(value);
    const i = this.#list.findIndex(([n]) => n === name);
    if (i < 0) this.#list.push([name, value]);
    else this.#list = this.#list.filter(([n], j) => n !== name || j === i).map((p, j) => (j === i ? [name, value] : p));
    this.#update();
  }
  sort() {
    // A stable sort by UTF-16 code units, as the spec asks.
    this.#list = this.#list.map((p, i) => [p, i])
      .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j)).map(([p]) => p);
    this.#update();
  }
  forEach(callback, thisArg) {
    for (const [n, v] of this.#list) callback.call(thisArg, v, n, this);
  }
  // Array iterators over a copy rather than generators (see headers.js).
  entries() { return this.#list.map(([n, v]) => [n, v])[Symbol.iterator](); }
  keys() { return this.#list.map(([n]) => n)[Symbol.iterator](); }
  values() { return this.#list.map(([, v]) => v)[Symbol.iterator](); }
  [Symbol.iterator]() { return this.entries(); }
  toString() {
    return this.#list.map(([n, v]) => percentEncode(n, 'form', true) + '=' + percentEncode(v, 'form', true)).join('&');
  }
  get [Symbol.toStringTag]() { return 'URLSearchParams'; }
}
