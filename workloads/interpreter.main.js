// A tokenizer, Pratt parser and tree-walking evaluator for a small language: numbers, strings,
// booleans, lists, let/assignment, if/else, while, first-class functions with closures and
// recursion, `fn` literals, operators with precedence, and a few builtins. Each test program's
// result is compared with the same computation done in JavaScript.
// main(size): size = work scale (loop bounds of the test programs). Default 25; quick: main(4).
const DEFAULT_SIZE = 25;

// ---------------------------------------------------------------- tokenizer
const TOKEN = /\s*(?:(\/\/[^\n]*)|(\d+(?:\.\d+)?)|("(?:[^"\\]|\\.)*")|([A-Za-z_]\w*)|(==|!=|<=|>=|&&|\|\||=>|[-+*\/%<>=!(){}\[\],;.]))/y;
const KEYWORDS = new Set(['let', 'fn', 'if', 'else', 'while', 'return', 'true', 'false', 'nil']);

function* tokenize(src) {
  TOKEN.lastIndex = 0;
  let line = 1;
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(start))) break;
      throw new SyntaxError(`line ${line}: unexpected ${JSON.stringify(src[start])}`);
    }
    for (let i = start; i < TOKEN.lastIndex; i++) if (src.charCodeAt(i) === 10) line++;
    const [, comment, num, str, ident, punct] = m;
    if (comment) continue;
    if (num) yield { type: 'num', value: Number(num), line };
    else if (str) yield { type: 'str', value: JSON.parse(str), line };
    else if (ident) yield KEYWORDS.has(ident) ? { type: ident, line } : { type: 'ident', value: ident, line };
    else yield { type: punct, line };
  }
  yield { type: 'eof', line };
}

// ---------------------------------------------------------------- parser
const BINARY = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

class Parser {
  constructor(src) { this.tokens = [...tokenize(src)]; this.i = 0; }
  get peek() { return this.tokens[this.i]; }
  next() { return this.tokens[this.i++]; }
  accept(type) { if (this.peek.type === type) return this.next(); return null; }
  expect(type) {
    const t = this.next();
    if (t.type !== type) throw new SyntaxError(`line ${t.line}: expected ${type}, got ${t.type}`);
    return t;
  }
  program() { const body = []; while (this.peek.type !== 'eof') body.push(this.statement()); return { kind: 'block', body }; }
  block() { this.expect('{'); const body = []; while (!this.accept('}')) body.push(this.statement()); return { kind: 'block', body }; }
  statement() {
    if (this.accept('let')) { const name = this.expect('ident').value; this.expect('='); const init = this.expression(); this.accept(';'); return { kind: 'let', name, init }; }
    if (this.accept('if')) {
      const test = this.expression(), then = this.block();
      const otherwise = this.accept('else') ? (this.peek.type === 'if' ? { kind: 'block', body: [this.statement()] } : this.block()) : null;
      return { kind: 'if', test, then, otherwise };
    }
    if (this.accept('while')) { const test = this.expression(); return { kind: 'while', test, body: this.block() }; }
    if (this.accept('return')) { const value = this.peek.type === ';' || this.peek.type === '}' ? null : this.expression(); this.accept(';'); return { kind: 'return', value }; }
    const expr = this.expression();
    if (this.accept('=')) { const value = this.expression(); this.accept(';'); return { kind: 'assign', target: expr, value }; }
    this.accept(';');
    return { kind: 'expr', expr };
  }
  expression(minPrec = 0) {
    let left = this.unary();
    for (;;) {
      const op = this.peek.type, prec = BINARY[op];
      if (prec === undefined || prec <= minPrec) return left;
      this.next();
      left = { kind: 'binary', op, left, right: this.expression(prec) };
    }
  }
  unary() {
    if (this.accept('-')) return { kind: 'unary', op: '-', arg: this.unary() };
    if (this.accept('!')) return { kind: 'unary', op: '!', arg: this.unary() };
    return this.postfix(this.primary());
  }
  postfix(expr) {
    for (;;) {
      if (this.accept('(')) { expr = { kind: 'call', callee: expr, args: this.list(')') }; }
      else if (this.accept('[')) { const index = this.expression(); this.expect(']'); expr = { kind: 'index', object: expr, index }; }
      else if (this.accept('.')) { expr = { kind: 'call', callee: { kind: 'var', name: this.expect('ident').value }, args: [expr, ...(this.accept('(') ? this.list(')') : [])] }; }
      else return expr;
    }
  }
  list(close) { const items = []; while (!this.accept(close)) { items.push(this.expression()); if (this.peek.type !== close) this.expect(','); } return items; }
  primary() {
    const t = this.next();
    switch (t.type) {
      case 'num': case 'str': return { kind: 'lit', value: t.value };
      case 'true': return { kind: 'lit', value: true };
      case 'false': return { kind: 'lit', value: false };
      case 'nil': return { kind: 'lit', value: null };
      case 'ident': return { kind: 'var', name: t.value };
      case '(': { const e = this.expression(); this.expect(')'); return e; }
      case '[': return { kind: 'array', items: this.list(']') };
      case 'fn': {
        this.expect('(');
        const params = [];
        while (!this.accept(')')) { params.push(this.expect('ident').value); if (this.peek.type !== ')') this.expect(','); }
        const body = this.accept('=>') ? { kind: 'block', body: [{ kind: 'return', value: this.expression() }] } : this.block();
        return { kind: 'fn', params, body };
      }
      default: throw new SyntaxError(`line ${t.line}: unexpected ${t.type}`);
    }
  }
}

// ---------------------------------------------------------------- evaluator
class Env {
  constructor(parent = null) { this.vars = new Map(); this.parent = parent; }
  define(name, value) { this.vars.set(name, value); }
  lookup(name) {
    for (let e = this; e; e = e.parent) if (e.vars.has(name)) return e.vars.get(name);
    throw new ReferenceError(`undefined variable ${name}`);
  }
  assign(name, value) {
    for (let e = this; e; e = e.parent) if (e.vars.has(name)) { e.vars.set(name, value); return; }
    throw new ReferenceError(`assignment to undeclared ${name}`);
  }
}
class Closure { constructor(params, body, env) { this.params = params; this.body = body; this.env = env; } }
class ReturnSignal { constructor(value) { this.value = value; } }

const truthy = (v) => v !== false && v !== null && v !== 0;

class Interpreter {
  constructor() {
    this.calls = 0;
    this.globals = new Env();
    const builtins = {
      len: (x) => x.length,
      push: (list, v) => { list.push(v); return list; },
      str: (x) => String(x),
      floor: Math.floor,
      range: (n) => Array.from({ length: n }, (_, i) => i),
      map: (list, f) => list.map((x) => this.apply(f, [x])),
      filter: (list, f) => list.filter((x) => truthy(this.apply(f, [x]))),
      reduce: (list, f, init) => list.reduce((acc, x) => this.apply(f, [acc, x]), init),
    };
    for (const [name, fn] of Object.entries(builtins)) this.globals.define(name, fn);
  }
  run(src) { const ast = new Parser(src).program(); const env = new Env(this.globals); let last = null; for (const s of ast.body) last = this.exec(s, env); return last; }
  apply(f, args) {
    if (typeof f === 'function') return f(...args);
    if (!(f instanceof Closure)) throw new TypeError(`not a function: ${f}`);
    this.calls++;
    const env = new Env(f.env);
    f.params.forEach((p, i) => env.define(p, args[i] ?? null));
    const r = this.execBlock(f.body, env);
    return r instanceof ReturnSignal ? r.value : null;
  }
  execBlock(block, env) {
    for (const s of block.body) { const r = this.exec(s, env); if (r instanceof ReturnSignal) return r; }
    return null;
  }
  exec(s, env) {
    switch (s.kind) {
      case 'let': env.define(s.name, this.eval(s.init, env)); return null;
      case 'assign': {
        const value = this.eval(s.value, env);
        if (s.target.kind === 'var') env.assign(s.target.name, value);
        else if (s.target.kind === 'index') this.eval(s.target.object, env)[this.eval(s.target.index, env)] = value;
        else throw new SyntaxError('bad assignment target');
        return null;
      }
      case 'if':
        if (truthy(this.eval(s.test, env))) return this.execBlock(s.then, new Env(env));
        return s.otherwise ? this.execBlock(s.otherwise, new Env(env)) : null;
      case 'while':
        while (truthy(this.eval(s.test, env))) { const r = this.execBlock(s.body, new Env(env)); if (r instanceof ReturnSignal) return r; }
        return null;
      case 'return': return new ReturnSignal(s.value ? this.eval(s.value, env) : null);
      case 'expr': return this.eval(s.expr, env);
      case 'block': return this.execBlock(s, new Env(env));
    }
    throw new Error(`unknown statement ${s.kind}`);
  }
  eval(e, env) {
    switch (e.kind) {
      case 'lit': return e.value;
      case 'var': return env.lookup(e.name);
      case 'array': return e.items.map((x) => this.eval(x, env));
      case 'fn': return new Closure(e.params, e.body, env);
      case 'index': { const o = this.eval(e.object, env), i = this.eval(e.index, env); const v = o[i]; if (v === undefined) throw new RangeError(`index ${i} out of range`); return v; }
      case 'call': return this.apply(this.eval(e.callee, env), e.args.map((a) => this.eval(a, env)));
      case 'unary': { const v = this.eval(e.arg, env); return e.op === '-' ? -v : !truthy(v); }
      case 'binary': {
        if (e.op === '&&') { const l = this.eval(e.left, env); return truthy(l) ? this.eval(e.right, env) : l; }
        if (e.op === '||') { const l = this.eval(e.left, env); return truthy(l) ? l : this.eval(e.right, env); }
        const l = this.eval(e.left, env), r = this.eval(e.right, env);
        switch (e.op) {
          case '+': return l + r; case '-': return l - r; case '*': return l * r;
          case '/': if (r === 0) throw new RangeError('division by zero'); return l / r;
          case '%': return l % r; case '==': return l === r; case '!=': return l !== r;
          case '<': return l < r; case '>': return l > r; case '<=': return l <= r; case '>=': return l >= r;
        }
      }
    }
    throw new Error(`unknown expression ${e.kind}`);
  }
}

// ---------------------------------------------------------------- test programs and their JS twins
const programs = (n) => [
  ['recursive fib', `
    let fib = fn(n) { if n < 2 { return n } return fib(n - 1) + fib(n - 2) }
    fib(${n})`, () => { const fib = (k) => (k < 2 ? k : fib(k - 1) + fib(k - 2)); return fib(n); }],
  ['closure counters', `
    let make = fn(step) { let count = 0; return fn() { count = count + step; return count } }
    let a = make(1); let b = make(3); let i = 0; let total = 0
    while i < ${n * 400} { total = total + a() + b(); i = i + 1 }
    total`, () => { let t = 0; for (let i = 1; i <= n * 400; i++) t += i + 3 * i; return t; }],
  ['higher-order lists', `
    let compose = fn(f, g) => fn(x) => f(g(x))
    let inc = fn(x) => x + 1
    let sq = fn(x) => x * x
    let xs = range(${n * 150})
    let ys = xs.map(compose(sq, inc)).filter(fn(x) => x % 3 != 0)
    ys.reduce(fn(a, b) => (a + b) % 1000007, 0)`,
  () => Array.from({ length: n * 150 }, (_, i) => (i + 1) ** 2).filter((x) => x % 3 !== 0).reduce((a, b) => (a + b) % 1000007, 0)],
  ['sieve', `
    let limit = ${n * 500}
    let flags = []
    let i = 0
    while i <= limit { push(flags, true); i = i + 1 }
    let p = 2; let count = 0
    while p <= limit {
      if flags[p] { count = count + 1; let m = p * p; while m <= limit { flags[m] = false; m = m + p } }
      p = p + 1
    }
    count`, () => { const f = new Uint8Array(n * 500 + 1); let c = 0; for (let p = 2; p <= n * 500; p++) if (!f[p]) { c++; for (let m = p * p; m <= n * 500; m += p) f[m] = 1; } return c; }],
  ['strings and memo', `
    let memo = fn(f) { let cache = []; return fn(k) { if k < len(cache) && cache[k] != nil { return cache[k] } while len(cache) <= k { push(cache, nil) } let v = f(k); cache[k] = v; return v } }
    let collatz = memo(fn(k) { if k == 1 { return 0 } if k % 2 == 0 { return 1 + steps(k / 2) } return 1 + steps(3 * k + 1) })
    let steps = fn(k) { if k < ${n * 60} { return collatz(k) } if k % 2 == 0 { return 1 + steps(k / 2) } return 1 + steps(3 * k + 1) }
    let best = 1; let k = 1; let out = ""
    while k < ${n * 60} { if steps(k) > steps(best) { best = k; out = out + str(k) + "," } k = k + 1 }
    out + str(steps(best))`,
  () => { const st = (k) => (k === 1 ? 0 : 1 + st(k % 2 === 0 ? k / 2 : 3 * k + 1)); let best = 1, out = ''; for (let k = 1; k < n * 60; k++) if (st(k) > st(best)) { best = k; out += `${k},`; } return out + st(best); }],
];

export function main(size = DEFAULT_SIZE) {
  const interp = new Interpreter();
  const results = [];
  for (const [name, src, expected] of programs(size)) {
    const got = interp.run(src), want = expected();
    if (got !== want) throw new Error(`${name}: got ${got}, want ${want}`);
    results.push(`${name}=${got}`);
  }
  // errors are reported, not crashes
  const errors = ['let x = 1 +', 'y + 1', '1 / 0', '[1,2][5]', 'let f = 3; f()'].map((src) => {
    try { interp.run(src); return 'none'; } catch (e) { return e.constructor.name; }
  });
  if (errors.join() !== 'SyntaxError,ReferenceError,RangeError,RangeError,TypeError') throw new Error(`errors: ${errors}`);
  console.log(results.join('\n'));
  console.log(`${interp.calls} closure calls; errors ${errors.join(' ')}`);
}
