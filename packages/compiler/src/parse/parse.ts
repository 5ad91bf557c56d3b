// Parsing the bundle with acorn into an ESTree AST with offsets and line/column locations.
import * as acorn from 'acorn';
import type * as ESTree from 'estree';
import { CompileError, messages } from '../errors.js';
import type { Bundle } from '../bundle/bundle.js';

export function parse(b: Bundle): ESTree.Program {
  try {
    return acorn.parse(b.code, {
      ecmaVersion: 'latest', sourceType: b.isModule ? 'module' : 'script', locations: true,
      allowReturnOutsideFunction: false,
    }) as unknown as ESTree.Program;
  } catch (e) {
    const err = e as { loc?: { line: number; column: number }; message: string };
    const where = err.loc ? b.locate(err.loc.line, err.loc.column) : undefined;
    throw new CompileError(messages.syntax(err.message.replace(/ \(\d+:\d+\)$/, '')), where);
  }
}
