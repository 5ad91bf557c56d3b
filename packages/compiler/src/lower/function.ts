// Lowering of one function: its Wasm locals, its frame on the shadow stack, where each binding
// lives, and the control context (exception handler label, break/continue targets, finally blocks).
//
// Calling convention (engine: object/function.ts):
//   (param $callee i32) (param $this i64) (param $argv i32) (param $argc i32) (result i64)
// Frame: `fp` = sp on entry minus the frame size; slot k is the i64 at fp + 8k. Bindings that no
// closure sees live in frame slots; captured ones in environment cells. Values held across a call
// or allocation sit in temporary frame slots, so the collector sees them.
import binaryen from 'binaryen';
import type * as ESTree from 'estree';
import { layout } from '@pgo/engine';
import type { Binding, FunctionScope, Scope } from '../analyze/scope.js';
import type { RuntimeFunction } from '@pgo/engine';
import { ProgramContext } from './context.js';
import { recordEntry } from './record.js';
import { writeMappedParameter } from './arguments.js';
import { NumberTypes, type NumberType } from '../analyze/number-types.js';
import { boxNumber, unboxNumber, wasmType } from './numeric.js';
import { type Expr, i32, i64 } from './wasm.js';
import { inlineAllocEnv, INLINE_ENV_SLOTS } from './alloc.js';

export const P_CALLEE = 0;
export const P_THIS = 1;
export const P_ARGV = 2;
export const P_ARGC = 3;
/** The uniform JS calling convention: (callee, this, argv, argc) -> i64. */
export const PARAM_TYPES = [i32, i64, i32, i32];

/** A break/continue target. */
export interface JumpTarget {
  labels: string[];
  breakLabel: string;
  continueLabel: string | null;
  /** Depth of finallyStack when the target was entered. */
  finallyDepth: number;
  /** Handler label in effect at the target. */
  handler: string;
}

/** A pending finally block: inlined on every jump out of its try. A for-of loop's is code that
 *  closes its iterator. */
export interface Finalizer {
  body: ESTree.BlockStatement | (() => Expr);
  /** Handler in effect outside the try statement. */
  outerHandler: string;
  scopeDepth: number;
}

let labelCounter = 0;

/** Where an inlined callee is lowered (lower/inline.ts): inside its caller's Wasm function, its
 *  bindings and temporaries in the caller's frame above the caller's live slots, and what the
 *  calling convention passes in held in caller locals. */
export interface InlineFrame {
  readonly caller: FunctionCompiler;
  /** Locals of the caller: the callee's function cell (i32), `this` (i64), argv (i32), argc (i32). */
  readonly callee: number;
  readonly thisValue: number;
  readonly argv: number;
  readonly argc: number;
}

export class FunctionCompiler {
  readonly m: binaryen.Module;
  readonly w: ProgramContext['w'];
  private readonly localTypes: binaryen.Type[];
  readonly fp: number;
  /** The calling convention's values: the Wasm params, or an inlined callee's caller locals. */
  readonly calleeLocal: number;
  readonly thisLocal: number;
  readonly argvLocal: number;
  readonly argcLocal: number;
  /** First frame slot of this function's bindings (non-zero for an inlined callee). */
  private readonly slotBase: number;
  /** The functions being inlined into one another down to this one, outermost first. */
  readonly inlineChain: readonly FunctionScope[];
  /** AST nodes inlined so far into the Wasm function this one lowers into (lower/inline.ts). */
  readonly inlined: { nodes: number };
  readonly ret: number;
  private frameTop: number;
  private frameMax: number;
  /** Environment pointer locals and their rooting frame slots, per env-bearing scope. */
  readonly envLocal = new Map<Scope, number>();
  readonly envSlot = new Map<Scope, number>();
  /** Lexical scopes entered so far (innermost last). */
  readonly scopeStack: Scope[] = [];
  handler: string;
  readonly targets: JumpTarget[] = [];
  readonly finallyStack: Finalizer[] = [];
  /** Label of the enclosing optional chain, for `?.` short-circuits. */
  chainLabel: string | null = null;
  readonly doneLabel: string;
  /** new.target, read from the engine at entry when the function uses it. */
  newTargetLocal = -1;
  readonly throwLabel: string;

  /** Static number types (analyze/number-types.ts), in the optimizing tier only; a loop's typed
   *  version (lower/loop-versions.ts) replaces them while it is lowered. */
  numbers: NumberTypes | null;
  /** Typed bindings' Wasm locals, one per binding and type (lower/numeric.ts). */
  private readonly typedLocals = new Map<Binding, Partial<Record<NumberType, number>>>();

  constructor(readonly ctx: ProgramContext, readonly fs: FunctionScope, readonly inline: InlineFrame | null = null) {
    this.m = ctx.m;
    this.numbers = ctx.specializer && !fs.isCoroutine ? NumberTypes.of(ctx.analysis, fs, ctx.tdzBindings) : null;
    this.w = ctx.w;
    const caller = inline?.caller;
    this.localTypes = caller ? caller.localTypes : [];
    this.calleeLocal = inline?.callee ?? P_CALLEE;
    this.thisLocal = inline?.thisValue ?? P_THIS;
    this.argvLocal = inline?.argv ?? P_ARGV;
    this.argcLocal = inline?.argc ?? P_ARGC;
    this.inlineChain = caller ? [...caller.inlineChain, fs] : [fs];
    this.inlined = caller ? caller.inlined : { nodes: 0 };
    this.fp = caller ? caller.fp : this.local(i32);
    this.ret = this.local(i64);
    this.slotBase = caller ? caller.frameTop : 0;
    this.frameTop = this.slotBase + (ctx.frameBindings.get(fs) ?? 0);
    this.frameMax = this.frameTop;
    this.doneLabel = this.label('done');
    this.throwLabel = this.label('throw');
    this.handler = this.throwLabel;
  }

  // ---- Locals, labels, frame ----

  local(type: binaryen.Type): number {
    this.localTypes.push(type);
    return PARAM_TYPES.length + this.localTypes.length - 1;
  }
  label(what: string): string { return `${what}${labelCounter++}`; }
  get(index: number, type: binaryen.Type): Expr { return this.m.local.get(index, type); }
  set(index: number, v: Expr): Expr { return this.m.local.set(index, v); }

  /** Reserve a temporary frame slot (released in LIFO order with freeTemp). */
  allocTemp(): number {
    const s = this.frameTop++;
    if (this.frameTop > this.frameMax) this.frameMax = this.frameTop;
    return s;
  }
  freeTemp(slot: number): void {
    if (slot !== this.frameTop - 1) throw new Error('frame temps released out of order');
    this.frameTop--;
  }
  /** Reserve `n` consecutive slots (call arguments); release with freeTemps. */
  allocTemps(n: number): number {
    const s = this.frameTop;
    this.frameTop += n;
    if (this.frameTop > this.frameMax) this.frameMax = this.frameTop;
    return s;
  }
  freeTemps(first: number, n: number): void {
    if (first + n !== this.frameTop) throw new Error('frame temps released out of order');
    this.frameTop = first;
  }
  /** Frame slots an inlined callee used above this function's: they become part of its frame. */
  reserveFrame(inlined: FunctionCompiler): void {
    this.frameMax = Math.max(this.frameMax, inlined.frameMax);
  }
  /** The frame slot of a binding that lives in the frame. */
  private slotOf(b: Binding): number { return this.slotBase + b.slot; }
  slotAddr(slot: number): Expr {
    return this.m.i32.add(this.get(this.fp, i32), this.w.i32c(slot * 8));
  }
  loadSlot(slot: number): Expr { return this.w.load64(this.get(this.fp, i32), slot * 8); }
  storeSlot(slot: number, v: Expr): Expr { return this.w.store64(this.get(this.fp, i32), slot * 8, v); }

  // ---- Runtime calls and exception checks ----

  call(name: RuntimeFunction, args: Expr[], type: binaryen.Type): Expr {
    return this.m.call(this.ctx.rt.fn(name), args, type);
  }

  /** `v` (an i64 that may be EXCEPTION): branch to the handler if it is, else its value. */
  checked(v: Expr): Expr {
    const t = this.local(i64);
    return this.m.block(null, [
      this.set(t, v),
      this.m.br(this.handler, this.w.isException(this.get(t, i64))),
      this.get(t, i64),
    ], i64);
  }

  /** Jump to the exception handler (the pending exception is already set). */
  throwPending(): Expr { return this.m.br(this.handler); }

  /** A string constant (atom) as a boxed value. */
  str(text: string): Expr {
    return this.m.global.get(this.ctx.constants.string(text).global, i64);
  }
  /** A string constant as a raw cell pointer. */
  strPtr(text: string): Expr { return this.w.ptr(this.str(text)); }

  /** The address of a site's IC cell. */
  cellAddr(siteOffset: number): Expr {
    return this.m.i32.add(this.m.global.get(this.ctx.icBaseGlobal, i32), this.w.i32c(siteOffset));
  }
  cellLoad(siteOffset: number, field: number): Expr {
    return this.w.load32(this.m.global.get(this.ctx.icBaseGlobal, i32), siteOffset + field);
  }

  // ---- Environments and bindings ----

  /** The innermost environment pointer (i32) at the current point, or 0. */
  currentEnv(): Expr {
    for (let i = this.scopeStack.length - 1; i >= 0; i--) {
      const s = this.scopeStack[i];
      if (s.func !== this.fs) break;
      const l = this.envLocal.get(s);
      if (l !== undefined) return this.get(l, i32);
    }
    return this.closureEnv();
  }

  /** The environment the closure was created in. */
  closureEnv(): Expr {
    if (this.fs.isProgram) return this.w.i32c(0);
    return this.w.load32(this.get(this.calleeLocal, i32), layout.FN_ENV);
  }

  /** The environment cell (i32) that holds captured binding `b`. */
  envOf(b: Binding): Expr {
    if (b.scope.func === this.fs) {
      const l = this.envLocal.get(b.scope);
      if (l === undefined) throw new Error(`no environment for ${b.name}`);
      return this.get(l, i32);
    }
    // Walk out: count env-bearing scopes from this function's definition point to b's scope.
    let env = this.closureEnv();
    for (let s = this.fs.scope.parent; s && s !== b.scope; s = s.parent) {
      if (s.needsEnv) env = this.w.load32(env, layout.ENV_PARENT);
    }
    return env;
  }

  private bindingNeedsTdz(b: Binding, at: number): boolean {
    if (b.kind === 'param') return b.declEnd >= 0 && at < b.declEnd;
    if (b.kind !== 'let' && b.kind !== 'const') return false;
    if (b.scope.func !== this.fs || b.scope.kind === 'switch') return true;
    return !(b.declEnd >= 0 && at >= b.declEnd);
  }

  /** The unboxed Wasm local of a typed binding (one that only ever holds Numbers), or null. */
  typedBinding(b: Binding): { local: number; type: NumberType } | null {
    const type = this.numbers?.binding(b) ?? null;
    if (type === null) return null;
    let locals = this.typedLocals.get(b);
    if (!locals) this.typedLocals.set(b, locals = {});
    const local = locals[type] ??= this.local(wasmType(type));
    return { local, type };
  }

  /** Read binding `b` at source offset `at`, with the TDZ check when it may be uninitialized. */
  readBinding(b: Binding, at: number): Expr {
    const typed = this.typedBinding(b);
    if (typed) return boxNumber(this, this.get(typed.local, wasmType(typed.type)), typed.type);
    const mirror = this.mirrorOf(b);
    const raw = b.captured
      ? this.w.load64(this.envOf(b), layout.ENV_SLOTS + b.slot * 8)
      : mirror >= 0 ? this.get(mirror, i64) : this.loadSlot(this.slotOf(b));
    if (!this.bindingNeedsTdz(b, at)) return raw;
    const t = this.local(i64);
    return this.m.block(null, [
      this.set(t, raw),
      this.m.if(this.w.isEmpty(this.get(t, i64)), this.m.block(null, [
        this.m.drop(this.call('rt_throw_tdz', [this.strPtr(b.name)], i64)),
        this.throwPending(),
      ])),
      this.get(t, i64),
    ], i64);
  }

  /** Store into binding `b` (no TDZ or const check: see assignBinding). `init`: a parameter's
   *  first value, which a mapped arguments object already holds. */
  writeBinding(b: Binding, v: Expr, init = false): Expr {
    const typed = this.typedBinding(b);
    if (typed) return this.set(typed.local, unboxNumber(this, v, typed.type));
    const mirror = this.mirrorOf(b);
    const store = (x: Expr): Expr => b.captured
      ? this.w.store64(this.envOf(b), layout.ENV_SLOTS + b.slot * 8, x)
      : this.storeSlot(this.slotOf(b), mirror >= 0 ? this.m.local.tee(mirror, x, i64) : x);
    return b.argumentIndex !== undefined && !init ? writeMappedParameter(this, b, v, store) : store(v);
  }

  /** A binding in a frame slot is also kept in a Wasm local, its *mirror*: reads come from the
   *  local (a register, not memory), every write goes to both, so the frame slot still roots the
   *  value for the collector and the two never differ. Only this function's code touches its frame
   *  slots; a coroutine body's frame is left as it is. -1 for a binding without a mirror. */
  private readonly mirrors = new Map<number, number>();
  private mirrorOf(b: Binding): number {
    if (b.captured || this.fs.isCoroutine) return -1;
    let l = this.mirrors.get(b.slot);
    if (l === undefined) this.mirrors.set(b.slot, l = this.local(i64));
    return l;
  }

  /** `b = v` in an assignment expression: TDZ check for let, TypeError for const. */
  assignBinding(b: Binding, v: Expr, at: number): Expr {
    if (b.kind === 'const' || b.kind === 'callee') {
      if (b.kind === 'callee' && !this.fs.strict) return this.m.drop(v);
      return this.m.block(null, [
        this.m.drop(v),
        this.m.drop(this.call('rt_throw_const_assign', [], i64)),
        this.throwPending(),
      ]);
    }
    if (this.bindingNeedsTdz(b, at)) {
      const t = this.local(i64);
      return this.m.block(null, [
        this.set(t, v),
        this.m.drop(this.readBinding(b, at)),
        this.writeBinding(b, this.get(t, i64)),
      ]);
    }
    return this.writeBinding(b, v);
  }

  /** Enter a lexical scope: create its environment, put let/const in their TDZ, hoist functions. */
  enterScope(scope: Scope, hoisted: () => Expr[]): Expr[] {
    const code: Expr[] = [];
    this.scopeStack.push(scope);
    if (scope.needsEnv) {
      const l = this.envLocal.get(scope)!;
      const slot = this.envSlot.get(scope)!;
      const parent = this.scopeStack.length > 1 ? this.envBefore(scope) : this.closureEnv();
      code.push(scope.envSize <= INLINE_ENV_SLOTS ? inlineAllocEnv(this, l, parent, scope.envSize, true)
        : this.set(l, this.call('rt_new_env', [parent, this.w.i32c(scope.envSize)], i32)));
      code.push(this.storeSlot(slot, this.w.boxObject(this.get(l, i32))));
    }
    for (const b of scope.bindings.values()) {
      if (b.captured) {
        if (b.kind === 'var' || b.kind === 'function') code.push(this.writeBinding(b, this.w.undef()));
        continue;
      }
      if (b.kind === 'let' || b.kind === 'const') {
        // A binding never used before its declaration needs no TDZ marker (analyze/tdz.ts).
        if (this.ctx.tdzBindings.has(b)) code.push(this.writeBinding(b, this.w.empty()));
      } else if (b.kind === 'var' || b.kind === 'function' || b.kind === 'catch') code.push(this.writeBinding(b, this.w.undef()));
    }
    code.push(...hoisted());
    return code;
  }

  /** The innermost environment outside `scope` (which is on top of the scope stack). */
  private envBefore(scope: Scope): Expr {
    for (let i = this.scopeStack.length - 2; i >= 0; i--) {
      const s = this.scopeStack[i];
      if (s.func !== this.fs) break;
      const l = this.envLocal.get(s);
      if (l !== undefined) return this.get(l, i32);
    }
    void scope;
    return this.closureEnv();
  }

  exitScope(scope: Scope): void {
    const top = this.scopeStack.pop();
    if (top !== scope) throw new Error('scope stack out of order');
  }

  /** Prepare env locals and slots for every scope of this function (after planSlots). */
  prepareScopes(): void {
    const visit = (s: Scope): void => {
      if (s.func !== this.fs) return;
      if (s.needsEnv) {
        this.envLocal.set(s, this.local(i32));
        this.envSlot.set(s, this.allocTemp());
      }
      for (const c of s.children) visit(c);
    };
    visit(this.fs.scope);
    // Those slots stay for the whole function: make them part of the fixed frame.
  }

  newTargetValue(): Expr {
    const owner = this.fs.thisOwner;
    if (owner !== this.fs) return owner.newTargetBinding ? this.readBinding(owner.newTargetBinding, 0) : this.w.undef();
    if (this.newTargetLocal < 0) return this.w.undef();
    return this.get(this.newTargetLocal, i64);
  }

  // ---- Assembly ----

  /** Wrap the body with prologue and epilogue and add the Wasm function. A coroutine body's frame
   *  is a heap Vector its coroutine owns (engine ops/coroutine.ts), not shadow stack. */
  /** Zero the frame (the collector scans it before every slot is written). V8 runs memory.fill
   *  as a call into its runtime, which costs more than the stores of a small frame. */
  private zeroFrame(frameBytes: number): Expr[] {
    const m = this.m, w = this.w;
    if (frameBytes > 256) return [m.memory.fill(this.get(this.fp, i32), w.i32c(0), w.i32c(frameBytes))];
    const stores: Expr[] = [];
    for (let at = 0; at < frameBytes; at += 8) stores.push(w.store64(this.get(this.fp, i32), at, w.i64c(0, 0)));
    return stores;
  }

  finish(name: string, prologue: Expr[], body: Expr[], coroutine = false): binaryen.FunctionRef {
    const w = this.w;
    const m = this.m;
    const sp = this.ctx.rt.global('sp');
    const frameBytes = this.frameMax * 8;
    const depth = this.ctx.rt.global('callDepth');
    const tooDeep = m.i32.ge_s(m.global.get(depth, i32), m.global.get(this.ctx.rt.global('callDepthLimit'), i32));
    const overflow = m.return(this.call('rt_stack_overflow', [], i64));
    const entry: Expr[] = coroutine ? [
      m.if(tooDeep, overflow),
      this.set(this.fp, this.call('rt_coroutine_frame', [w.i32c(this.frameMax)], i32)),
    ] : [
      this.set(this.fp, m.i32.sub(m.global.get(sp, i32), w.i32c(frameBytes))),
      m.if(m.i32.or(m.i32.lt_u(this.get(this.fp, i32), m.global.get(this.ctx.rt.global('stackLimit'), i32)), tooDeep), overflow),
      m.global.set(sp, this.get(this.fp, i32)),
    ];
    // callStack[callDepth] = this function's info: an Error created below names it in its stack.
    entry.push(m.i32.store(0, 4, m.i32.add(m.global.get(this.ctx.rt.global('callStack'), i32),
      m.i32.shl(m.global.get(depth, i32), w.i32c(2))), m.global.get(this.ctx.infoGlobal(this.fs), i32)));
    entry.push(m.global.set(depth, m.i32.add(m.global.get(depth, i32), w.i32c(1))));
    entry.push(...recordEntry(this));
    if (frameBytes > 0 && !coroutine) entry.push(...this.zeroFrame(frameBytes));
    entry.push(this.set(this.ret, w.undef()));
    const exit: Expr[] = coroutine ? [] : [m.global.set(sp, m.i32.add(this.get(this.fp, i32), w.i32c(frameBytes)))];
    const fn = m.block(null, [
      ...entry,
      m.block(this.doneLabel, [
        m.block(this.throwLabel, [...prologue, ...body, m.br(this.doneLabel)]),
        this.set(this.ret, w.exception()),
      ]),
      ...exit,
      m.global.set(depth, m.i32.sub(m.global.get(depth, i32), w.i32c(1))),
      this.get(this.ret, i64),
    ], i64);
    return m.addFunction(name, binaryen.createType(PARAM_TYPES), i64, this.localTypes, fn);
  }
}
