// Lowers a whole program: plans where every binding lives, lowers each function literal to a
// Wasm function with the uniform signature, and generates the initialization function (run at
// build time under Wizer) and `_start`.
import type * as ESTree from 'estree';
import binaryen from 'binaryen';
import type { FunctionScope, Scope } from '../analyze/scope.js';
import type { FunctionAnnotations } from '../analyze/resolve.js';
import { ProgramContext, functionDisplayName } from './context.js';
import { FunctionCompiler, P_ARGC, P_ARGV, P_CALLEE, P_THIS, PARAM_TYPES } from './function.js';
import { lowerStatements, hoistFunctions } from './statements.js';
import { lowerExpression } from './expressions.js';
import { bindPattern } from './patterns.js';
import { bindArgumentsObject } from './arguments.js';
import { functionSources } from './function-sources.js';
import type { Bundle } from '../bundle/bundle.js';
import { boundNames } from '../analyze/bound-names.js';
import { lowerClassElements, rawThis } from './classes.js';
import type { ClassInfo, ClassElementsAnnotation } from '../analyze/classes.js';
import { type Expr, i32, i64, none } from './wasm.js';
import { HTTP_HANDLER_EXPORT } from '../bundle/web-runtime.js';

/** Function flags (engine object/function.ts FF_*). */
export const FF_ARROW = 1, FF_STRICT = 2, FF_CONSTRUCTOR = 4, FF_METHOD = 32, FF_CLASS = 64, FF_ASYNC = 128,
  FF_GENERATOR = 256, FF_DERIVED = 512;

function classCtorOf(fs: FunctionScope): ClassInfo | undefined {
  return (fs.node as ClassElementsAnnotation).classCtor;
}

/** Assign frame and environment slots to every binding of every function. */
export function planSlots(ctx: ProgramContext): void {
  for (const fs of ctx.analysis.functions) {
    let frame = 0;
    const visit = (s: Scope): void => {
      if (s.func !== fs) return;
      for (const b of s.bindings.values()) b.slot = b.captured ? s.envSize++ : frame++;
      for (const c of s.children) visit(c);
    };
    visit(fs.scope);
    ctx.frameBindings.set(fs, frame);
  }
}

function paramsOf(fs: FunctionScope): ESTree.Pattern[] {
  return fs.node.type === 'Program' ? [] : fs.node.params;
}

/** The `length` of a function: parameters before the first default. */
function expectedArgumentCount(fs: FunctionScope): number {
  const ps = paramsOf(fs);
  const i = ps.findIndex((p) => p.type === 'AssignmentPattern' || p.type === 'RestElement');
  return i < 0 ? ps.length : i;
}

export function functionFlags(fs: FunctionScope): number {
  let f = fs.strict ? FF_STRICT : 0;
  const cls = classCtorOf(fs);
  if (cls) return f | FF_CONSTRUCTOR | FF_CLASS | (cls.derived ? FF_DERIVED : 0);
  if (fs.isGenerator) f |= FF_GENERATOR;
  if (fs.isAsync) f |= FF_ASYNC;
  if (fs.isArrow) f |= FF_ARROW;
  else if ((fs.node as FunctionAnnotations).isMethod) f |= FF_METHOD;
  else if (!fs.isProgram && !fs.isCoroutine) f |= FF_CONSTRUCTOR;
  return f;
}

/** Lower one function literal (or the program) to its Wasm function. */
export function lowerFunction(ctx: ProgramContext, fs: FunctionScope, mainExport: ESTree.Identifier | null): void {
  const fc = new FunctionCompiler(ctx, fs);
  const { prologue, code } = lowerFunctionBody(fc, mainExport);
  if (!fs.isCoroutine) {
    fc.finish(ctx.functionName(fs), prologue, code);
    return;
  }
  fc.finish(ctx.bodyName(fs), prologue, code, true);
  lowerCoroutineEntry(ctx, fs);
}

/** A function's prologue (FunctionDeclarationInstantiation: `this`, parameters, hoisting) and
 *  body, lowered by `fc`: for its own Wasm function, or inlined into a caller (lower/inline.ts). */
export function lowerFunctionBody(fc: FunctionCompiler, mainExport: ESTree.Identifier | null = null): { prologue: Expr[]; code: Expr[] } {
  const ctx = fc.ctx, fs = fc.fs;
  const m = ctx.m, w = ctx.w;
  fc.prepareScopes();
  const prologue: Expr[] = [];
  if (fs.usesNewTarget && !fs.isArrow) {
    fc.newTargetLocal = fc.local(i64);
    prologue.push(fc.set(fc.newTargetLocal, m.global.get(ctx.rt.global('newTarget'), i64)));
  }
  if (!fs.strict && fs.usesThis && !fs.isArrow && !fs.isProgram) {
    // Sloppy functions see the global object for an undefined or null `this` (through the
    // engine: handing it out creates the lazy builtin families first).
    prologue.push(m.if(w.isNullish(fc.get(fc.thisLocal, i64)), fc.set(fc.thisLocal, fc.call('rt_global_this', [], i64))));
  }
  const node = fs.node;
  const body: ESTree.Node[] = node.type === 'Program' ? node.body
    : node.body.type === 'BlockStatement' ? node.body.body : [];
  prologue.push(...fc.enterScope(fs.scope, () => []));
  if (fs.thisBinding) prologue.push(fc.writeBinding(fs.thisBinding, fc.get(fc.thisLocal, i64)));
  if (fs.newTargetBinding) prologue.push(fc.writeBinding(fs.newTargetBinding, fc.newTargetValue()));
  const cls = classCtorOf(fs);
  if (cls) {
    // A class constructor must be called with new; a base class's fields are defined before its
    // parameters are bound (§10.2.2 [[Construct]] step 6).
    prologue.push(m.if(w.isUndefined(fc.newTargetValue()), m.block(null, [
      m.drop(fc.call('rt_throw_class_call', [w.boxObject(fc.get(fc.calleeLocal, i32))], i64)), fc.throwPending()])));
    if (!cls.derived && cls.fieldInit) {
      prologue.push(m.drop(fc.checked(fc.call('rt_init_fields', [w.boxObject(fc.get(fc.calleeLocal, i32)), fc.get(fc.thisLocal, i64)], i64))));
    }
  }
  if (fs.calleeBinding) prologue.push(fc.writeBinding(fs.calleeBinding, w.boxObject(fc.get(fc.calleeLocal, i32))));
  if (fs.usesArguments) prologue.push(...bindArgumentsObject(fc, fs));
  // With non-simple parameters, each has a TDZ until it is bound: `(a = b, b)` reads b too early.
  const params = paramsOf(fs);
  if (params.some((p) => p.type !== 'Identifier')) {
    for (const p of params) {
      for (const id of boundNames(p)) {
        const b = fs.scope.bindings.get(id.name)!;
        b.declEnd = (p as { end?: number }).end ?? -1;
        prologue.push(fc.writeBinding(b, w.empty()));
      }
    }
  }
  params.forEach((p, i) => {
    if (p.type === 'RestElement') {
      const rest = fc.call('rt_rest_args', [fc.get(fc.argvLocal, i32), fc.get(fc.argcLocal, i32), w.i32c(i)], i64);
      prologue.push(bindPattern(fc, p.argument, rest, 'init'));
      return;
    }
    const arg = m.if(m.i32.gt_s(fc.get(fc.argcLocal, i32), w.i32c(i)),
      w.load64(fc.get(fc.argvLocal, i32), i * 8), w.undef());
    if (p.type === 'Identifier') prologue.push(fc.writeBinding(fs.scope.bindings.get(p.name)!, arg, true));
    else prologue.push(bindPattern(fc, p, arg, 'init'));
  });
  const bodyScope = fs.bodyScope;
  if (bodyScope) {
    // §10.2.11 step 28: the body's own varEnv, where a var named like a parameter starts with the
    // parameter's value.
    prologue.push(...fc.enterScope(bodyScope, () => []));
    for (const b of bodyScope.bindings.values()) {
      const p = b.kind === 'var' ? fs.scope.bindings.get(b.name) : undefined;
      if (p?.kind === 'param') prologue.push(fc.writeBinding(b, fc.readBinding(p, Infinity)));
    }
  }
  // FunctionDeclarationInstantiation: function declarations are initialized after the parameters
  // (a declaration named like a parameter wins).
  prologue.push(...hoistFunctions(fc, bodyScope ?? fs.scope, body));
  let code: Expr[];
  const elements = (node as ClassElementsAnnotation).classElements;
  if (node.type === 'ArrowFunctionExpression' && node.body.type !== 'BlockStatement') {
    code = [fc.set(fc.ret, lowerExpression(fc, node.body)), m.br(fc.doneLabel)];
  } else if (elements) {
    code = lowerClassElements(fc, elements.cls, elements.elements);
  } else {
    code = lowerStatements(fc, body);
  }
  if (cls?.derived) code.push(fc.set(fc.ret, fc.checked(fc.call('rt_derived_result', [w.undef(), rawThis(fc)], i64))));
  if (fs.isGenerator) {
    // The generator object is made once the parameters are bound: the body stops here first.
    prologue.push(m.drop(fc.checked(fc.call('rt_yield', [w.undef(), w.i32c(0)], i64))));
  }
  if (fs.isProgram && mainExport) {
    const b = ctx.analysis.references.get(mainExport);
    if (b) code.push(fc.call('rt_set_main', [fc.readBinding(b, Infinity)], none));
  }
  if (bodyScope) fc.exitScope(bodyScope);
  fc.exitScope(fs.scope);
  return { prologue, code };
}

/** The entry of a generator or async function: the engine creates the coroutine and runs the
 *  body: a generator's up to its parameter bindings, an async function's up to its first await
 *  (engine builtins/generator.ts, builtins/async-function.ts). */
function lowerCoroutineEntry(ctx: ProgramContext, fs: FunctionScope): void {
  const m = ctx.m;
  if (fs.isProgram) {
    // A module with top-level await: its evaluation is an async body the engine starts.
    const start = m.call(ctx.rt.fn('rt_async_module'), [m.global.get(ctx.infoGlobal(fs), i32), ctx.w.i32c(ctx.bodyTableIndex(fs))], i64);
    m.addFunction(ctx.functionName(fs), binaryen.createType(PARAM_TYPES), i64, [], start);
    return;
  }
  const params = [m.local.get(P_CALLEE, i32), m.local.get(P_THIS, i64), m.local.get(P_ARGV, i32), m.local.get(P_ARGC, i32)];
  const entry = fs.isGenerator ? (fs.isAsync ? 'rt_async_generator_call' : 'rt_generator_call') : 'rt_async_call';
  const start = m.call(ctx.rt.fn(entry), [...params, ctx.w.i32c(ctx.bodyTableIndex(fs))], i64);
  m.addFunction(ctx.functionName(fs), binaryen.createType(PARAM_TYPES), i64, [], start);
}

/** Generate `pgo_init` (engine init, constants, and for `main` modules the top level) and `_start`,
 *  or for a wasi:http handler build its `handle(request, response-out)` export instead. */
export function lowerEntryPoints(ctx: ProgramContext, opts: { hasMain: boolean; snapshot: boolean; wasiHttp: boolean;
  gcStress: boolean; gcStats: boolean; record: boolean; maxMemoryPages: number; literalBaseGlobal: string;
  heapStartGlobal: string; origin: Bundle['origin']; afterConstants?: () => Expr[] }): void {
  const m = ctx.m, w = ctx.w;
  const call = (name: Parameters<ProgramContext['rt']['fn']>[0], args: Expr[], type: binaryen.Type) =>
    m.call(ctx.rt.fn(name), args, type);
  const sources = functionSources(ctx, opts.origin);
  for (const fs of ctx.analysis.functions) {
    ctx.constants.string(functionDisplayName(fs));
    const text = sources.get(fs.node);
    if (text !== undefined) ctx.constants.string(text);
  }
  const init: Expr[] = [m.global.set(ctx.rt.global('memoryLimitPages'), w.i32c(opts.maxMemoryPages)), call('rt_init', [m.global.get(opts.heapStartGlobal, i32),
    m.global.get(ctx.icBaseGlobal, i32), w.i32c(ctx.sites.byteSize), w.i32c((opts.gcStress ? 1 : 0) | (opts.gcStats ? 2 : 0) | (opts.record ? 4 : 0))], none),
    ...(opts.wasiHttp ? [call('rt_http_install', [], none)] : [])]; // process._wasiHttp, before the program's top level
  for (const c of ctx.constants.strings) {
    init.push(m.global.set(c.global, call('rt_atom', [
      m.i32.add(m.global.get(opts.literalBaseGlobal, i32), w.i32c(c.dataOffset)), w.i32c(c.text.length)], i64)));
  }
  for (const c of ctx.constants.bigints) {
    init.push(m.global.set(c.global, call('rt_bigint_literal', [w.ptr(m.global.get(c.digits.global, i64))], i64)));
  }
  for (const fs of ctx.analysis.functions) {
    const name = ctx.constants.string(functionDisplayName(fs)).global;
    const text = sources.get(fs.node);
    const source = text === undefined ? w.i32c(0) : w.ptr(m.global.get(ctx.constants.string(text).global, i64));
    init.push(m.global.set(ctx.infoGlobal(fs), call('rt_new_function_info', [
      w.ptr(m.global.get(name, i64)), w.i32c(expectedArgumentCount(fs)), w.i32c(functionFlags(fs)),
      w.i32c(ctx.tableIndex(fs)), source], i32)));
  }
  init.push(...(opts.afterConstants?.() ?? []));
  const runProgram = m.call(ctx.functionName(ctx.analysis.program), [w.i32c(0), w.undef(), w.i32c(0), w.i32c(0)], i64);
  if (opts.hasMain) init.push(call('rt_init_completion', [runProgram], none));
  init.push(call('rt_init_done', [w.i32c(opts.snapshot ? 1 : 0)], none));
  m.addFunction('pgo_init', binaryen.none, binaryen.none, [], m.block(null, init));
  m.addFunctionExport('pgo_init', 'pgo_init');

  const run = [call('rt_start', [], none), call('rt_finish', [opts.hasMain ? call('rt_run_main', [], i64) : runProgram], none)];
  if (opts.wasiHttp) {
    // handle(request, response-out): one request per call. A host may call it again in the same
    // instance (jco serve does, unless --isolate-requests): the program's state carries over, as
    // in a Workers isolate; without a snapshot, only the first call initializes.
    const init = opts.snapshot ? [] : [m.if(m.global.get('pgo:initialized', i32), m.nop(),
      m.block(null, [m.global.set('pgo:initialized', w.i32c(1)), m.call('pgo_init', [], none)]))];
    if (!opts.snapshot) m.addGlobal('pgo:initialized', i32, true, w.i32c(0));
    m.addFunction('pgo:http_handle', binaryen.createType([i32, i32]), none, [], m.block(null, [...init,
      call('rt_http_begin', [m.local.get(0, i32), m.local.get(1, i32)], none), ...run, call('rt_http_end', [], none)]));
    m.addFunctionExport('pgo:http_handle', HTTP_HANDLER_EXPORT);
    return;
  }
  m.addFunction('_start', binaryen.none, binaryen.none, [], m.block(null, [...(opts.snapshot ? [] : [m.call('pgo_init', [], none)]), ...run]));
  m.addFunctionExport('_start', '_start');
}

/** Declare the constant globals the lowering referenced. */
export function addConstantGlobals(ctx: ProgramContext): void {
  const m = ctx.m, w = ctx.w;
  for (const c of ctx.constants.strings) m.addGlobal(c.global, i64, true, w.undef());
  for (const c of ctx.constants.bigints) m.addGlobal(c.global, i64, true, w.undef());
  for (const fs of ctx.analysis.functions) m.addGlobal(ctx.infoGlobal(fs), i32, true, w.i32c(0));
}

