// The engine's interface to generated code. Everything exported here is called (or read) by the
// compiler's lowering; after linking, the compiler removes these exports so dead code can go.
export {
  rt_init, rt_init_done, rt_start, rt_finish, rt_atom, rt_new_object, rt_construct_this, rt_alloc, rt_define_field, rt_define_accessor, rt_literal_set_prototype, rt_new_array,
  rt_array_init, rt_name_function, rt_new_function_info, rt_new_closure, rt_new_env, rt_throw_tdz,
  rt_throw_const_assign, rt_throw_not_defined, rt_stack_overflow, rt_set_main, rt_init_completion, rt_run_main, rt_gc_stress,
} from "./runtime";
export {
  rt_get_iterator, rt_iterator_step, rt_iterator_close, rt_iterator_close_throw, rt_iterator_rest, rt_spread,
  rt_array_push, rt_call_spread, rt_construct_spread, rt_rest_args, rt_object_spread,
  rt_object_rest, rt_set_failure, rt_set_failure_element, rt_require_destructurable, rt_property_key, rt_for_in_start, rt_for_in_next,
  rt_template_cached, rt_template_object,
} from "./runtime-syntax";
export {
  rt_make_class, rt_class_prototype, rt_define_method, rt_name_method, rt_set_fields, rt_init_fields,
  rt_super_call, rt_super_call_spread, rt_bind_super_this, rt_derived_result, rt_throw_this_tdz, rt_throw_class_call, rt_super_get,
  rt_super_set, rt_define_own, rt_new_private_name, rt_private_get, rt_private_set, rt_private_define, rt_private_in,
} from "./runtime-class";
export { rt_create_arguments, rt_create_mapped_arguments, rt_map_argument, rt_arguments_param_set } from "./ops/arguments";
export { sp, stackLimit, callDepth, callDepthLimit, callStack } from "./heap/stack";
export { rt_async_call } from "./builtins/async-function";
export { rt_async_module } from "./builtins/async-module";
export { rt_cabi_realloc } from "./host/cabi-realloc";
export { rt_http_install, rt_http_begin, rt_http_end, rt_p2_proc_exit } from "./host/wasi-http";
export { rt_p2_fd_write, rt_p2_clock_time_get, rt_p2_random_get, rt_p2_poll_oneoff } from "./host/wasi-p2";
export { rt_async_generator_call } from "./builtins/async-generator";
export {
  rt_get_async_iterator, rt_async_iterator_next, rt_async_iterator_value, rt_async_iterator_return,
  rt_async_iterator_close_result, rt_async_delegate_call, rt_async_delegate_result,
} from "./builtins/async-iteration";
export { newTarget } from "./object/function";
export { rt_coroutine_frame, rt_yield, resumeMode } from "./ops/coroutine";
export { rt_generator_call, rt_yield_star, delegateOutcome } from "./builtins/generator";
export { protoEpoch } from "./object/shape";
// Not for generated code: the build turns every engine string literal and static function
// object into a call of them, and then removes these exports (scripts/static-strings.mjs).
export { staticString, staticFunction } from "./string/static";
export { charAtomTable } from "./ops/property";
export { throwValue, takeException } from "./errors";
export { icGetProp, icSetProp, icGetGlobal, icSetGlobal, getGlobalOrUndefined, rt_validate_add, rt_global_this } from "./ic/property-ic";
export { rt_shape_table, rt_materialize_shape, rt_adopt_shape, rt_new_literal } from "./ic/shape-table";
export { rt_builtin_code } from "./ic/builtin-code";
export { rt_well_known_symbol } from "./builtins/symbol";
export { GetElement, SetElement, DeleteElement, InOperator, GetV, SetV } from "./ops/property";
export { Add, Arith, Unary, IsLooselyEqual, Compare, TypeOf, InstanceOf } from "./ops/operators";
export { CallNamed, ConstructNamed } from "./ops/call";
export { ToNumber, ToInt32, ToStringValue, ToPropertyKey } from "./ops/conversion";
export { ToNumeric, rt_bigint_literal } from "./ops/numeric";
export { GlobalObject, FunctionPrototype, StringPrototype, NumberPrototype } from "./realm";
export { rt_regexp_create } from "./regexp/regexp-object";

import { ToBoolean } from "./ops/conversion";
import { IsStrictlyEqual } from "./ops/operators";
/** ToBoolean as an i32 for branches. */
export function rt_to_boolean(v: i64): i32 { return ToBoolean(v) ? 1 : 0; }
export function rt_strict_equals(a: i64, b: i64): i32 { return IsStrictlyEqual(a, b) ? 1 : 0; }
export { gcCount, liveBytesAfterLastGC, collect } from "./heap/gc";
export { heapUsed, allocatedBytes, memoryLimitPages, allocTop, allocLimit } from "./heap/alloc";

export { rec_get_prop, rec_shape_of, rec_set_prop, rec_elem, rec_call, rec_operands, rec_enter, rec_branch, rec_loop } from "./ic/recorder";
export { rt_profile_dump } from "./ic/profile-dump";
