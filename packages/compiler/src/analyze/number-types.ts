// Static number types, for the optimizing tier (a profile-guided build): which expressions of a
// function certainly produce a Number (or throw), and which of its bindings only ever hold
// Numbers, so they can live unboxed in Wasm locals (lower/numeric.ts).
//
// The rules follow the operators' ECMA-262 definitions. `>>>` and unary `+` always give a Number
// (ToNumber / Number::unsignedRightShift; a BigInt operand throws). The other numeric operators
// (`- * / % ** & | ^ << >>`, §13.15.3 ApplyStringOrNumericBinaryOperator) give a Number when one
// operand is a Number: if the other turns out a BigInt, mixing the two throws a TypeError, so
// the result is never a BigInt. `+` gives a Number only when both operands are Numbers (a string
// operand concatenates). Nothing else is assumed: a property load or a call may give anything.
//
// A binding is typed when it belongs to this function, no closure captures it, it is a let or
// const declared with an initializer and never readable before it (no TDZ check), and every value
// ever stored into it is typed. Its type is found by an optimistic fixpoint: every candidate starts
// at the most precise type and is widened until all its assignments fit.
import type * as ESTree from 'estree';
import type { Analysis, Binding, FunctionScope } from './scope.js';
import { boundNames } from './bound-names.js';

/** An unboxed Number: an int32 value, a uint32 value (`>>>`, held in an i32), or any double. */
export type NumberType = 'i32' | 'u32' | 'f64';

/** The numeric binary operators other than `+` and their result type given a Number operand. */
const NUMERIC_OPERATORS: Record<string, NumberType> = {
  '-': 'f64', '*': 'f64', '/': 'f64', '%': 'f64', '**': 'f64',
  '&': 'i32', '|': 'i32', '^': 'i32', '<<': 'i32', '>>': 'i32', '>>>': 'u32',
};

/** The binary operator of a compound assignment (`+=` → `+`), '' for `=`, null for `&&=` etc. */
export function compoundOperator(op: string): string | null {
  if (op === '=') return '';
  const base = op.slice(0, -1);
  return base in NUMERIC_OPERATORS || base === '+' ? base : null;
}

function join(a: NumberType | null, b: NumberType | null): NumberType | null {
  if (a === null || b === null) return null;
  return a === b ? a : 'f64';
}

/** Type of a numeric literal: i32 for int32 values (not -0), else f64. */
function literalType(v: number): NumberType {
  return Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 && !Object.is(v, -0) ? 'i32' : 'f64';
}

/** The result type of `a op b` from the operand types (null: not certainly a Number). */
export function binaryType(op: string, a: NumberType | null, b: NumberType | null): NumberType | null {
  if (op === '+') return a !== null && b !== null ? 'f64' : null;
  const r = NUMERIC_OPERATORS[op];
  if (!r) return null;
  return r === 'u32' || a !== null || b !== null ? r : null;
}

type Def = { kind: 'init' | 'assign'; op: string; value: ESTree.Expression } | { kind: 'update' };

/** What a walk over a function body or a loop found about its own, uncaptured bindings. */
interface Writes {
  /** Every store into a binding by declaration, assignment or update. */
  defs: Map<Binding, Def[]>;
  /** Bindings also written some other way (a pattern, a for-in/of head, a catch parameter). */
  excluded: Set<Binding>;
  /** Bindings read as an operand of a numeric or comparison operator. */
  numericUses: Set<Binding>;
  /** …of one that is not bitwise (`+ - * / % **`, comparisons): a double there is likely. */
  arithmeticUses: Set<Binding>;
}

const NUMERIC_USE = new Set([...Object.keys(NUMERIC_OPERATORS), '+', '<', '>', '<=', '>=']);

function collectWrites(analysis: Analysis, fs: FunctionScope, root: unknown): Writes {
  const w: Writes = { defs: new Map(), excluded: new Set(), numericUses: new Set(), arithmeticUses: new Set() };
  const own = (n: ESTree.Node): Binding | null => {
    if (n.type !== 'Identifier') return null;
    const b = analysis.references.get(n);
    return b && b.scope.func === fs && !b.captured ? b : null;
  };
  const addDef = (b: Binding, d: Def): void => {
    const list = w.defs.get(b);
    if (list) list.push(d); else w.defs.set(b, [d]);
  };
  const exclude = (p: ESTree.Node | null | undefined): void => {
    if (!p) return;
    for (const id of boundNames(p as ESTree.Pattern)) { const b = own(id); if (b) w.excluded.add(b); }
  };
  const use = (n: ESTree.Node, op: string): void => {
    const b = own(n);
    if (!b) return;
    w.numericUses.add(b);
    if (NUMERIC_OPERATORS[op] !== 'i32' && NUMERIC_OPERATORS[op] !== 'u32') w.arithmeticUses.add(b);
  };
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    if (n === null || typeof n !== 'object' || typeof (n as ESTree.Node).type !== 'string') return;
    const node = n as ESTree.Node;
    switch (node.type) {
      case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression':
        if (node !== fs.node) return; // an inner function cannot write a binding it does not capture
        break;
      case 'VariableDeclarator': {
        const b = own(node.id);
        if (b && node.init) addDef(b, { kind: 'init', op: '', value: node.init });
        else exclude(node.id);
        break;
      }
      case 'AssignmentExpression': {
        const b = own(node.left);
        const op = compoundOperator(node.operator);
        if (b && op !== null) addDef(b, { kind: 'assign', op, value: node.right });
        else if (node.left.type !== 'MemberExpression') exclude(node.left);
        if (op) use(node.left, op);
        break;
      }
      case 'UpdateExpression': {
        const b = own(node.argument);
        if (b) { addDef(b, { kind: 'update' }); use(node.argument, '+'); }
        break;
      }
      case 'BinaryExpression':
        if (NUMERIC_USE.has(node.operator)) { use(node.left, node.operator); use(node.right, node.operator); }
        break;
      case 'UnaryExpression':
        if (node.operator === '-' || node.operator === '+' || node.operator === '~') use(node.argument, node.operator === '~' ? '|' : '-');
        break;
      case 'ForInStatement': case 'ForOfStatement':
        exclude(node.left.type === 'VariableDeclaration' ? node.left.declarations[0].id : node.left);
        break;
      case 'CatchClause': exclude(node.param); break;
    }
    for (const k in node) if (k !== 'type') visit((node as unknown as Record<string, unknown>)[k]);
  };
  visit(root);
  return w;
}

function start(n: ESTree.Node): number { return (n as unknown as { start: number }).start; }

export class NumberTypes {
  private readonly memo = new Map<ESTree.Node, NumberType | null>();

  private constructor(private readonly analysis: Analysis, private readonly fs: FunctionScope,
                      private readonly tdz: ReadonlySet<Binding>,
                      /** 'none' while solving: no store seen yet (read as i32 meanwhile). */
                      private readonly bindings: Map<Binding, NumberType | 'none'>,
                      /** Bindings a loop version assumes typed: checked when the loop is entered. */
                      readonly guarded: readonly Binding[] = []) {}

  /** The number types of function `fs` (none for a generator or async function, whose suspended
   *  body keeps its values in its frame, not in Wasm locals). */
  static of(analysis: Analysis, fs: FunctionScope, tdz: ReadonlySet<Binding>): NumberTypes {
    const types = new NumberTypes(analysis, fs, tdz, new Map());
    if (fs.isCoroutine) return types;
    const w = collectWrites(analysis, fs, fs.node.type === 'Program' ? fs.node.body : [fs.node.params, fs.node.body]);
    const candidates = [...w.defs].filter(([b, defs]) => !w.excluded.has(b) && !tdz.has(b) &&
      (b.kind === 'let' || b.kind === 'const') && defs.some((d) => d.kind === 'init'));
    types.solve(new Map(candidates));
    return types;
  }

  /** The number types inside `loop` if the bindings it uses as numbers and only assigns numbers
   *  to held Numbers when it starts (the guarded bindings: a loop version checks them on entry);
   *  null if no binding would gain. Bindings typed in the whole function keep their type. */
  loop(loop: ESTree.Node): NumberTypes | null {
    const w = collectWrites(this.analysis, this.fs, loop);
    const params = !this.fs.usesArguments; // a sloppy function's arguments object aliases them
    const candidates = new Map<Binding, Def[]>();
    const guarded: Binding[] = [];
    const consider = (b: Binding, defs: Def[]): void => {
      if (w.excluded.has(b) || this.tdz.has(b) || this.bindings.has(b)) return;
      const inside = (b.kind === 'let' || b.kind === 'const') && b.declEnd > start(loop);
      if (inside) {
        if (defs.some((d) => d.kind === 'init')) candidates.set(b, defs);
      } else if (w.numericUses.has(b) && (b.kind !== 'param' || params) && b.kind !== 'function' && b.kind !== 'catch') {
        candidates.set(b, defs);
        guarded.push(b);
      }
    };
    for (const [b, defs] of w.defs) consider(b, defs);
    for (const b of w.numericUses) if (!w.defs.has(b)) consider(b, []);
    const types = new NumberTypes(this.analysis, this.fs, this.tdz, new Map(this.bindings), guarded);
    // An invariant used in arithmetic is guarded as a double (a step, a scale), one used only in
    // bitwise operations as an int32; a binding the loop assigns starts at int32 and is widened.
    types.solve(candidates, (b) => w.defs.has(b) ? 'none' : w.arithmeticUses.has(b) ? 'f64' : 'i32');
    const kept = guarded.filter((b) => types.bindings.has(b));
    return kept.length === 0 ? null : new NumberTypes(this.analysis, this.fs, this.tdz, types.bindings, kept);
  }

  /** Optimistic fixpoint: every candidate starts with no type and is widened until its stores fit
   *  (a guarded binding's value on entry is checked against the final type, not widened to it). */
  private solve(candidates: Map<Binding, Def[]>, initial: (b: Binding) => NumberType | 'none' = () => 'none'): void {
    for (const b of candidates.keys()) this.bindings.set(b, initial(b));
    for (let changed = true; changed;) {
      changed = false;
      this.memo.clear();
      for (const [b, defs] of candidates) {
        const current = this.bindings.get(b);
        if (current === undefined) continue;
        let t: NumberType | 'none' | null = current;
        for (const d of defs) {
          const left = current === 'none' ? 'i32' : current;
          const dt = d.kind === 'update' ? 'f64' : d.op === '' ? this.of(d.value) : binaryType(d.op, left, this.of(d.value));
          t = t === 'none' ? dt : join(t, dt);
        }
        if (t !== current) {
          changed = true;
          if (t === null) this.bindings.delete(b); else this.bindings.set(b, t);
        }
      }
    }
    this.memo.clear();
  }

  /** The unboxed type of binding `b`, or null if it stays boxed. */
  binding(b: Binding): NumberType | null {
    const t = this.bindings.get(b);
    return t === undefined ? null : t === 'none' ? 'i32' : t;
  }

  /** The static type of expression `e`: certain to be a Number of this type (or to throw), or null. */
  of(e: ESTree.Node): NumberType | null {
    let t = this.memo.get(e);
    if (t === undefined) this.memo.set(e, t = this.compute(e));
    return t;
  }

  private compute(e: ESTree.Node): NumberType | null {
    switch (e.type) {
      case 'Literal': return typeof e.value === 'number' ? literalType(e.value) : null;
      case 'Identifier': {
        const b = this.analysis.references.get(e);
        return b ? this.binding(b) : null;
      }
      case 'UnaryExpression':
        if (e.operator === '+') return 'f64';
        if (e.operator === '-') return this.of(e.argument) !== null ? 'f64' : null;
        if (e.operator === '~') return this.of(e.argument) !== null ? 'i32' : null;
        return null;
      case 'BinaryExpression':
        if (e.left.type === 'PrivateIdentifier') return null;
        return binaryType(e.operator, this.of(e.left), this.of(e.right));
      case 'AssignmentExpression': {
        const op = compoundOperator(e.operator);
        if (op === null) return null;
        if (op === '') return this.of(e.right);
        const left = e.left.type === 'Identifier' ? this.of(e.left) : null;
        return binaryType(op, left, this.of(e.right));
      }
      case 'UpdateExpression':
        if (e.argument.type !== 'Identifier' || this.of(e.argument) === null) return null;
        return e.prefix ? 'f64' : this.of(e.argument);
      case 'ConditionalExpression': return join(this.of(e.consequent), this.of(e.alternate));
      case 'SequenceExpression': return this.of(e.expressions[e.expressions.length - 1]);
      default: return null;
    }
  }
}
