// Classes — ECMA-262 §15.7.14 ClassDefinitionEvaluation, lowered in the enclosing function:
// private names, the heritage, the constructor and prototype objects (engine rt_make_class), the
// methods and accessors in order, computed field keys, then the instance-field initializer kept
// on the constructor and the static initializer run once. Also the class-specific parts of
// function bodies: the initializer functions' elements, `super`, `this` in derived constructors
// and private member access.
import type * as ESTree from 'estree';
import type { ClassElement, ClassInfo } from '../analyze/classes.js';
import type { Binding } from '../analyze/scope.js';
import type { FunctionAnnotations } from '../analyze/resolve.js';
import type { FunctionCompiler } from './function.js';
import { lowerExpression, lowerClosure, staticKey } from './expressions.js';
import { lowerScoped } from './statements.js';
import { type Expr, i32, i64 } from './wasm.js';

/** Method kinds (engine runtime-class.ts). */
const KIND_METHOD = 0, KIND_GETTER = 1, KIND_SETTER = 2, KIND_FIELD = 3;

function methodKind(el: ESTree.MethodDefinition): number {
  return el.kind === 'get' ? KIND_GETTER : el.kind === 'set' ? KIND_SETTER : KIND_METHOD;
}

function privateBinding(fc: FunctionCompiler, id: ESTree.PrivateIdentifier): Binding {
  return fc.ctx.analysis.privateNames.get(id) ?? fc.fs.scope.lookup(`#${id.name}`)!;
}

/** The value of private name `#name` (declared in the class scope). */
function privateNameOf(fc: FunctionCompiler, cls: ClassInfo, name: string): Expr {
  return fc.readBinding(cls.scope.bindings.get(`#${name}`)!, Infinity);
}

/** For each private method or accessor `#m` of a class, V8's message for a receiver without it. */
function brandMessages(node: ESTree.Class): Map<string, string> {
  // V8 prints "class ." for an anonymous class.
  const name = node.id ? (node as FunctionAnnotations).writtenName ?? node.id.name : '.';
  const out = new Map<string, string>();
  for (const el of node.body.body) {
    if (el.type !== 'MethodDefinition' || el.key.type !== 'PrivateIdentifier') continue;
    out.set(`#${el.key.name}`, el.static ? `Receiver must be class ${name}` : `Receiver must be an instance of class ${name}`);
  }
  return out;
}

/** A class expression or declaration: evaluates to the constructor F. */
export function lowerClass(fc: FunctionCompiler, node: ESTree.Class): Expr {
  const m = fc.m, w = fc.w;
  const cls = fc.ctx.analysis.classes.get(node)!;
  const scope = cls.scope;
  const code = fc.enterScope(scope, () => []);
  const brands = brandMessages(node);
  for (const b of scope.bindings.values()) {
    if (b.name.startsWith('#')) {
      const brand = brands.get(b.name);
      code.push(fc.writeBinding(b, fc.call('rt_new_private_name',
        [fc.strPtr(b.name), brand !== undefined ? fc.strPtr(brand) : w.i32c(0)], i64)));
    }
  }
  const F = fc.allocTemp(), P = fc.allocTemp();
  const parent = node.superClass ? lowerExpression(fc, node.superClass) : w.empty();
  const ctorInfo = fc.ctx.infoGlobal(fc.ctx.analysis.functionOf.get(cls.ctor)!);
  const pv = fc.local(i64);
  code.push(fc.set(pv, parent));
  code.push(fc.storeSlot(F, fc.checked(fc.call('rt_make_class',
    [m.global.get(ctorInfo, i32), fc.currentEnv(), fc.get(pv, i64)], i64))));
  code.push(fc.storeSlot(P, fc.checked(fc.call('rt_class_prototype', [fc.loadSlot(F)], i64))));
  const ctorBinding = scope.bindings.get('%ctor'), protoBinding = scope.bindings.get('%proto');
  if (ctorBinding) code.push(fc.writeBinding(ctorBinding, fc.loadSlot(F)));
  if (protoBinding) code.push(fc.writeBinding(protoBinding, fc.loadSlot(P)));
  for (const el of node.body.body) {
    if (el.type === 'MethodDefinition' && el.kind !== 'constructor') code.push(defineMethod(fc, cls, el, F, P));
    else if (el.type === 'PropertyDefinition' && el.computed) {
      const b = cls.elementBindings.get(el)!;
      code.push(fc.writeBinding(b, fc.checked(fc.call('rt_property_key', [lowerExpression(fc, el.key)], i64))));
    }
  }
  if (node.id) code.push(fc.writeBinding(scope.bindings.get(node.id.name)!, fc.loadSlot(F)));
  if (cls.fieldInit) {
    code.push(fc.call('rt_set_fields', [fc.loadSlot(F), lowerClosure(fc, cls.fieldInit)], 0));
  }
  if (cls.staticInit) {
    // The initializer is called right away; its closure stays in a rooted slot while it runs.
    const f = fc.allocTemp();
    code.push(fc.storeSlot(f, lowerClosure(fc, cls.staticInit)));
    code.push(m.drop(fc.checked(fc.call('CallNamed', [fc.loadSlot(f), fc.loadSlot(F), w.i32c(0), w.i32c(0), w.i32c(0)], i64))));
    fc.freeTemp(f);
  }
  code.push(fc.loadSlot(F));
  fc.freeTemp(P);
  fc.freeTemp(F);
  fc.exitScope(scope);
  return m.block(null, code, i64);
}

/** A method or accessor: on the prototype (slot P) or the constructor (slot F); an instance
 *  private method's closure goes to its hidden binding for the field initializer. */
function defineMethod(fc: FunctionCompiler, cls: ClassInfo, el: ESTree.MethodDefinition, F: number, P: number): Expr {
  const m = fc.m, w = fc.w;
  const kind = methodKind(el);
  const target = el.static ? F : P;
  const closure = lowerClosure(fc, el.value);
  if (el.key.type === 'PrivateIdentifier') {
    if (!el.static) return fc.writeBinding(cls.elementBindings.get(el)!, closure);
    const f = fc.local(i64);
    return m.block(null, [fc.set(f, closure), m.drop(fc.checked(fc.call('rt_private_define',
      [fc.loadSlot(F), privateNameOf(fc, cls, el.key.name), fc.get(f, i64), w.i32c(kind)], i64)))]);
  }
  if (!el.computed) {
    return fc.call('rt_define_method', [fc.loadSlot(target), fc.strPtr(staticKey(el.key)), closure, w.i32c(kind)], 0);
  }
  const k = fc.allocTemp();
  const key = fc.local(i32), f = fc.local(i64);
  const code = [
    fc.storeSlot(k, lowerExpression(fc, el.key)),
    fc.set(key, fc.call('ToPropertyKey', [fc.loadSlot(k)], i32)),
    m.br(fc.handler, m.i32.eqz(fc.get(key, i32))),
    fc.set(f, closure),
    fc.call('rt_name_method', [fc.get(f, i64), fc.get(key, i32), w.i32c(kind)], 0),
    fc.call('rt_define_method', [fc.loadSlot(target), fc.get(key, i32), fc.get(f, i64), w.i32c(kind)], 0),
  ];
  fc.freeTemp(k);
  return m.block(null, code);
}

/** The body of a synthetic initializer function: each element with `this` as the target. */
export function lowerClassElements(fc: FunctionCompiler, cls: ClassInfo, elements: ClassElement[]): Expr[] {
  const m = fc.m, w = fc.w;
  const thisv = (): Expr => fc.get(fc.thisLocal, i64);
  const code: Expr[] = [];
  for (const el of elements) {
    if (el.type === 'StaticBlock') { code.push(lowerScoped(fc, el, el.body)); continue; }
    if (el.type === 'MethodDefinition') { // an instance private method or accessor
      const name = (el.key as ESTree.PrivateIdentifier).name;
      code.push(m.drop(fc.checked(fc.call('rt_private_define', [thisv(), privateNameOf(fc, cls, name),
        fc.readBinding(cls.elementBindings.get(el)!, Infinity), w.i32c(methodKind(el))], i64))));
      continue;
    }
    const v = fc.local(i64);
    code.push(fc.set(v, el.value ? lowerExpression(fc, el.value) : w.undef()));
    if (el.key.type === 'PrivateIdentifier') {
      code.push(m.drop(fc.checked(fc.call('rt_private_define',
        [thisv(), privateNameOf(fc, cls, el.key.name), fc.get(v, i64), w.i32c(KIND_FIELD)], i64))));
    } else {
      const key = el.computed ? w.ptr(fc.readBinding(cls.elementBindings.get(el)!, Infinity)) : fc.strPtr(staticKey(el.key));
      code.push(m.drop(fc.checked(fc.call('rt_define_own', [thisv(), key, fc.get(v, i64)], i64))));
    }
  }
  return code;
}

// ---- Inside class bodies ----

/** The raw `this` binding of a derived constructor (EMPTY until super() returns). */
export function rawThis(fc: FunctionCompiler): Expr {
  return fc.readBinding(fc.fs.thisOwner.thisBinding!, Infinity);
}

/** Whether `this` in the current function belongs to a derived class constructor. */
export function inDerivedConstructor(fc: FunctionCompiler): boolean {
  const owner = fc.fs.thisOwner;
  const notes = owner.node as { classCtor?: ClassInfo };
  return !!notes.classCtor?.derived;
}

/** `this` in a derived constructor: a ReferenceError before super() has returned. */
export function derivedThis(fc: FunctionCompiler): Expr {
  const m = fc.m;
  const t = fc.local(i64);
  return m.block(null, [
    fc.set(t, rawThis(fc)),
    m.if(fc.w.isEmpty(fc.get(t, i64)), m.block(null, [m.drop(fc.call('rt_throw_this_tdz', [], i64)), fc.throwPending()])),
    fc.get(t, i64),
  ], i64);
}

/** `super(...)`: construct the parent with new.target, bind `this`, initialize this class's
 *  fields; the value is `this`. The arguments are in frame slots, or collected in an array
 *  (with a spread). */
export function superCall(fc: FunctionCompiler, callee: ESTree.Super,
                          args: { argv: number; argc: number } | { array: number }): Expr {
  const m = fc.m, w = fc.w;
  const F = (): Expr => fc.readBinding(fc.ctx.analysis.superHomes.get(callee)!, Infinity);
  const r = fc.local(i64);
  const owner = fc.fs.thisOwner;
  const construct = 'array' in args
    ? fc.call('rt_super_call_spread', [F(), fc.loadSlot(args.array), fc.newTargetValue()], i64)
    : fc.call('rt_super_call', [F(), fc.slotAddr(args.argv), w.i32c(args.argc), fc.newTargetValue()], i64);
  return m.block(null, [
    fc.set(r, fc.checked(construct)),
    fc.set(r, fc.checked(fc.call('rt_bind_super_this', [rawThis(fc), fc.get(r, i64)], i64))),
    fc.writeBinding(owner.thisBinding!, fc.get(r, i64)),
    m.drop(fc.checked(fc.call('rt_init_fields', [F(), fc.get(r, i64)], i64))),
    fc.get(r, i64),
  ], i64);
}

/** `super.key` / `super[key]` read with the current `this`. `key` is a raw key pointer (i32). */
export function superGet(fc: FunctionCompiler, node: ESTree.Super, key: Expr, thisv: Expr): Expr {
  const home = fc.readBinding(fc.ctx.analysis.superHomes.get(node)!, Infinity);
  return fc.checked(fc.call('rt_super_get', [home, key, thisv], i64));
}

export function superSet(fc: FunctionCompiler, node: ESTree.Super, key: Expr, value: Expr, thisv: Expr): Expr {
  const home = fc.readBinding(fc.ctx.analysis.superHomes.get(node)!, Infinity);
  return fc.checked(fc.call('rt_super_set', [home, key, value, thisv], i64));
}

/** `obj.#x`. */
export function privateGet(fc: FunctionCompiler, obj: Expr, id: ESTree.PrivateIdentifier): Expr {
  const o = fc.local(i64);
  return fc.m.block(null, [fc.set(o, obj), fc.checked(fc.call('rt_private_get',
    [fc.get(o, i64), fc.readBinding(privateBinding(fc, id), Infinity)], i64))], i64);
}

/** `obj.#x = value` (obj and value already evaluated, in that order): the value. */
export function privateSet(fc: FunctionCompiler, obj: Expr, id: ESTree.PrivateIdentifier, value: Expr): Expr {
  const o = fc.local(i64), v = fc.local(i64);
  return fc.m.block(null, [fc.set(o, obj), fc.set(v, value), fc.checked(fc.call('rt_private_set',
    [fc.get(o, i64), fc.readBinding(privateBinding(fc, id), Infinity), fc.get(v, i64)], i64))], i64);
}

/** `#x in obj`. */
export function privateIn(fc: FunctionCompiler, id: ESTree.PrivateIdentifier, obj: Expr): Expr {
  const o = fc.local(i64);
  return fc.m.block(null, [fc.set(o, obj), fc.checked(fc.call('rt_private_in',
    [fc.readBinding(privateBinding(fc, id), Infinity), fc.get(o, i64)], i64))], i64);
}
