// @pgo/engine as seen from TypeScript: the built engine module and its shared layout constants.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as layoutConstants from './layout.generated.js';

/** Value, heap and IC-cell layout shared with the AssemblyScript runtime (layout/layout.mjs). */
export const layout = layoutConstants;

/** The IC stub kinds (layout/stubs.mjs): recorder, profile schema, `pgo show` and specializer. */
export { stubKinds, operandTypes, type StubKind, type StubField, type StubKindName } from './stubs.generated.js';

const packageRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Path of the release engine module built by scripts/build-engine.mjs. */
export const engineWasmPath: string = path.join(packageRoot, 'dist', 'engine.wasm');

let buildId: string | null = null;
/** The engine build's identity (a hash of engine.wasm): profiles record it, and merging or
 *  building refuses a profile from another engine build, whose stubs may mean something else. */
export function engineBuildId(): string {
  buildId ??= crypto.createHash('sha256').update(fs.readFileSync(engineWasmPath)).digest('hex').slice(0, 16);
  return buildId;
}

/** Engine exports the compiler calls; `name` is the export, resolved to an internal name at link. */
export const runtimeExports = [
  'rt_init', 'rt_init_done', 'rt_start', 'rt_finish', 'rt_atom', 'rt_new_object', 'rt_new_literal', 'rt_define_field',
  'rt_define_accessor', 'rt_literal_set_prototype',
  'rt_new_array', 'rt_array_init', 'rt_name_function', 'rt_new_function_info', 'rt_new_closure', 'rt_new_env',
  'rt_throw_tdz', 'rt_throw_const_assign', 'rt_throw_not_defined', 'rt_stack_overflow',
  'rt_get_iterator', 'rt_iterator_step', 'rt_iterator_close', 'rt_iterator_close_throw',
  'rt_iterator_rest', 'rt_spread', 'rt_array_push', 'rt_call_spread', 'rt_construct_spread', 'rt_rest_args',
  'rt_create_mapped_arguments', 'rt_map_argument', 'rt_arguments_param_set',
  'rt_create_arguments', 'rt_object_spread', 'rt_object_rest', 'rt_set_failure', 'rt_set_failure_element', 'rt_require_destructurable', 'rt_property_key', 'rt_for_in_start',
  'rt_for_in_next', 'rt_make_class', 'rt_class_prototype', 'rt_define_method', 'rt_name_method',
  'rt_set_fields', 'rt_init_fields', 'rt_super_call', 'rt_super_call_spread', 'rt_bind_super_this', 'rt_derived_result', 'rt_throw_this_tdz',
  'rt_throw_class_call', 'rt_define_own', 'rt_super_get', 'rt_super_set', 'rt_new_private_name', 'rt_private_get', 'rt_private_set',
  'rt_private_define', 'rt_private_in', 'rt_set_main', 'rt_init_completion', 'rt_run_main', 'rt_to_boolean', 'rt_strict_equals', 'throwValue', 'takeException',
  'icGetProp', 'icSetProp', 'icGetGlobal', 'icSetGlobal', 'getGlobalOrUndefined', 'rt_global_this', 'GetElement',
  'SetElement', 'DeleteElement', 'InOperator', 'GetV', 'SetV', 'Add', 'Arith', 'Unary',
  'IsLooselyEqual', 'Compare', 'TypeOf', 'InstanceOf', 'CallNamed', 'ConstructNamed', 'ToNumber', 'ToInt32',
  'ToStringValue', 'ToPropertyKey', 'ToNumeric', 'rt_bigint_literal', 'rt_regexp_create',
  'rt_coroutine_frame', 'rt_yield', 'rt_generator_call', 'rt_yield_star', 'rt_async_call', 'rt_async_module',
  'rt_async_generator_call', 'rt_get_async_iterator', 'rt_async_iterator_next', 'rt_async_iterator_value',
  'rt_gc_stress', 'rt_profile_dump', 'rec_get_prop', 'rec_shape_of', 'rec_set_prop', 'rec_elem', 'rec_call', 'rec_operands', 'rec_enter', 'rec_branch', 'rec_loop',
  'rt_shape_table', 'rt_materialize_shape', 'rt_adopt_shape', 'rt_validate_add', 'rt_well_known_symbol', 'rt_construct_this', 'rt_alloc', 'rt_builtin_code',
  'rt_cabi_realloc', 'rt_http_install', 'rt_http_begin', 'rt_http_end', 'rt_p2_proc_exit', 'rt_p2_fd_write', 'rt_p2_clock_time_get', 'rt_p2_random_get', 'rt_p2_poll_oneoff',
  'rt_template_cached', 'rt_template_object', 'rt_async_iterator_return', 'rt_async_iterator_close_result', 'rt_async_delegate_call', 'rt_async_delegate_result',
] as const;
export type RuntimeFunction = (typeof runtimeExports)[number];

/** How the names of the wasi:http glue's functions (assembly/host/wasi-http.ts) begin: the
 *  engine is built with asc --debug, which names functions by path. A build without --http
 *  drops the glue (the compiler's link/wasi-imports.ts). */
export const httpGluePrefix = 'assembly/host/wasi-http/';

/** Engine globals generated code reads or writes. */
export const runtimeGlobals = ['sp', 'stackLimit', 'callDepth', 'callDepthLimit', 'callStack', 'memoryLimitPages', 'newTarget', 'GlobalObject',
  'resumeMode', 'delegateOutcome', 'protoEpoch', 'charAtomTable', 'allocTop', 'allocLimit', 'FunctionPrototype',
  'StringPrototype', 'NumberPrototype'] as const;
export type RuntimeGlobal = (typeof runtimeGlobals)[number];
