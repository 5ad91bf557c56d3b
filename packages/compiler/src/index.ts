// @pgo/compiler: JavaScript to a snapshotted WASI command module.
export { build } from './pipeline.js';
export type { BuildOptions, BuildResult } from './pipeline.js';
export { CompileError } from './errors.js';
export type { SourceLocation } from './errors.js';
export type { ProgramSourceMap, FunctionSource, SiteSource, PointSource, FunctionKey } from './ir/source-map.js';
export { dumpToProfile } from './record/dump-to-profile.js';
export { projectRootOf } from './ir/source-map.js';
export { SERVE_ABI_VERSION } from './bundle/web-runtime.js';
