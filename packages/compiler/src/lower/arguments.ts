// The arguments object in a function's prologue, and the parameter writes of a mapped one
// (analyze/arguments.ts says which functions have one; the engine's ops/arguments.ts the map).
import type { Binding, FunctionScope } from '../analyze/scope.js';
import type { FunctionCompiler } from './function.js';
import { type Expr, i32, i64, none } from './wasm.js';

/** Create the function's arguments object and bind `arguments` to it. A mapped object's map
 *  points at the parameters' slots in the environment (§10.4.4.7 steps 17-20). */
export function bindArgumentsObject(fc: FunctionCompiler, fs: FunctionScope): Expr[] {
  const binding = fs.scope.bindings.get('arguments')!;
  const argv = fc.get(fc.argvLocal, i32), argc = fc.get(fc.argcLocal, i32);
  const hidden = fs.argumentsObject;
  if (!hidden || fs.node.type === 'Program') return [fc.writeBinding(binding, fc.call('rt_create_arguments', [argv, argc], i64))];
  const object = (): Expr => fc.readBinding(hidden, Infinity);
  const code = [fc.writeBinding(hidden, fc.call('rt_create_mapped_arguments',
    [argv, argc, fc.get(fc.calleeLocal, i32), fc.envOf(hidden), fc.w.i32c(fs.node.params.length)], i64))];
  for (const b of fs.scope.bindings.values()) {
    if (b.argumentIndex !== undefined) code.push(fc.call('rt_map_argument', [object(), fc.w.i32c(b.argumentIndex), fc.w.i32c(b.slot)], none));
  }
  code.push(fc.writeBinding(binding, object()));
  return code;
}

/** `b = v` for a parameter that a mapped arguments object aliases: `store` writes the binding,
 *  then the object's own property follows while the index is still mapped. */
export function writeMappedParameter(fc: FunctionCompiler, b: Binding, v: Expr, store: (v: Expr) => Expr): Expr {
  const t = fc.local(i64);
  const object = fc.readBinding(b.scope.func.argumentsObject!, Infinity);
  return fc.m.block(null, [
    store(fc.m.local.tee(t, v, i64)),
    fc.call('rt_arguments_param_set', [object, fc.w.i32c(b.argumentIndex!), fc.get(t, i64)], none),
  ]);
}
