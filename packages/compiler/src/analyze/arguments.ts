// Mapped arguments objects (ECMA-262 §10.2.11 FunctionDeclarationInstantiation step 22): a sloppy
// function with a simple parameter list that uses `arguments` gets a mapped object, whose index i
// (while i < the number of arguments) and the i-th parameter are one variable. Its parameters then
// live in the function's environment cell, which the engine's parameter map points into
// (engine ops/arguments.ts), and a hidden binding keeps the object itself, for the parameter
// writes to reach it (lower/arguments.ts): `arguments` may be assigned over in sloppy code.
import type * as ESTree from 'estree';
import type { FunctionScope } from './scope.js';

/** The hidden binding's name: not an identifier, so no program can name it. */
export const ARGUMENTS_OBJECT = '%arguments';

/** Plan every function's mapped arguments object: mark its parameters and declare the binding. */
export function planMappedArguments(functions: readonly FunctionScope[]): void {
  for (const fs of functions) {
    if (!fs.usesArguments || fs.strict || fs.isArrow || fs.node.type === 'Program') continue;
    const params = fs.node.params;
    if (!params.every((p): p is ESTree.Identifier => p.type === 'Identifier')) continue;
    fs.argumentsObject = fs.scope.declare(ARGUMENTS_OBJECT, 'arguments');
    fs.argumentsObject.captured = true;
    // §10.4.4.7 step 17: of duplicate names, the last index is mapped.
    params.forEach((p, i) => {
      const b = fs.scope.bindings.get(p.name)!;
      b.captured = true;
      b.argumentIndex = i;
    });
  }
}
