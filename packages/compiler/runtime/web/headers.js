// Headers (Fetch §5.2): a header list of lower-cased names and values, iterated sorted by name
// with same-named values combined (except set-cookie, which getSetCookie keeps apart).

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function checkedName(name) {
  const n = String(name);
  if (!TOKEN.test(n)) throw new TypeError(`Headers: invalid header name "${n}"`);
  return n.toLowerCase();
}

/** A header value with leading and trailing HTTP whitespace removed; NUL, CR, LF refused. */
function checkedValue(value) {
  const v = String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  if (/[\0\r\n]/.test(v)) throw new TypeError(`Headers: invalid header value "${v}"`);
  return v;
}

export class Headers {
  /** [lower-cased name, value] in insertion order. */
  #list = [];

  constructor(init) {
    if (init === undefined || init === null) return;
    if (init instanceof Headers) { this.#list = init.#list.map(([n, v]) => [n, v]); return; }
    if (typeof init !== 'object') throw new TypeError('Headers: init must be an object, an iterable of pairs or Headers');
    if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const p = [...pair];
        if (p.length !== 2) throw new TypeError('Headers: each header pair must be [name, value]');
        this.append(p[0], p[1]);
      }
    } else {
      for (const key of Object.keys(init)) this.append(key, init[key]);
    }
  }

  append(name, value) { this.#list.push([checkedName(name), checkedValue(value)]); }
  delete(name) {
    const n = checkedName(name);
    this.#list = this.#list.filter(([k]) => k !== n);
  }
  get(name) {
    const n = checkedName(name);
    const values = this.#list.filter(([k]) => k === n).map(([, v]) => v);
    return values.length === 0 ? null : values.join(', ');
  }
  getSetCookie() { return this.#list.filter(([k]) => k === 'set-cookie').map(([, v]) => v); }
  has(name) {
    const n = checkedName(name);
    return this.#list.some(([k]) => k === n);
  }
  set(name, value) {
    const n = checkedName(name);
    const v = checkedValue(value);
    const i = this.#list.findIndex(([k]) => k === n);
    if (i < 0) { this.#list.push([n, v]); return; }
    this.#list[i] = [n, v];
    this.#list = this.#list.filter(([k], j) => k !== n || j === i);
  }
  /** The sorted and combined view (Fetch's "sort and combine"). */
  #sorted() {
    const names = [...new Set(this.#list.map(([k]) => k))].sort();
    const out = [];
    for (const n of names) {
      if (n === 'set-cookie') for (const v of this.getSetCookie()) out.push([n, v]);
      else out.push([n, this.get(n)]);
    }
    return out;
  }
  forEach(callback, thisArg) {
    for (const [n, v] of this.#sorted()) callback.call(thisArg, v, n, this);
  }
  // Array iterators over a snapshot of the list rather than generators: no coroutine (Asyncify)
  // in every fetch-handler program for them.
  entries() { return this.#sorted()[Symbol.iterator](); }
  keys() { return this.#sorted().map(([n]) => n)[Symbol.iterator](); }
  values() { return this.#sorted().map(([, v]) => v)[Symbol.iterator](); }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'Headers'; }
}
