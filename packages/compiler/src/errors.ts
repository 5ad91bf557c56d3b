// Every message the compiler reports, in one place, so wording stays consistent and testable.

/** A position in the user's original source (1-based line, 1-based column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /** The identifier's original name when the bundler renamed it (source map `names`). */
  name?: string;
}

/** A build error: printed as `file:line:column: message` (or just the message without a location). */
export class CompileError extends Error {
  constructor(message: string, readonly location?: SourceLocation) {
    super(location ? `${location.file}:${location.line}:${location.column}: ${message}` : message);
    this.name = 'CompileError';
  }
}

export const messages = {
  missingEntry: (file: string) => `${file}: no such file`,
  unwritableOutput: (file: string, reason: string) => `${file}: cannot write output (${reason})`,
  unsupported: (what: string) => `unsupported: ${what}`,
  unsupportedEval: () => 'unsupported: eval (pgo compiles ahead of time; code cannot be created at run time)',
  unsupportedNewFunction: () => 'unsupported: new Function (pgo compiles ahead of time; code cannot be created at run time)',
  unsupportedWith: () => "unsupported: 'with' statement",
  syntax: (text: string) => `syntax error: ${text}`,
  labelNotFound: (name: string) => `undefined label '${name}'`,
  invalidAssignmentTarget: () => 'invalid assignment target',
  constAssignment: (name: string) => `assignment to constant '${name}'`,
  httpNeedsFetchHandler: (file: string) => `${file}: --http needs a fetch-handler program (export default { fetch(request) { ... } } or addEventListener('fetch', ...))`,
} as const;
