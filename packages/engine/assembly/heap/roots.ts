// The engine's roots besides the shadow stack: every global that holds a cell pointer or a value.
// A new such global must be listed here (the collector cannot see Wasm globals otherwise).
import { markCell, markValue } from "./gc";
import {
  ObjectPrototype, FunctionPrototype, ArrayPrototype, StringPrototype, NumberPrototype,
  BooleanPrototype, SymbolPrototype, BigIntPrototype, ErrorPrototype, TypeErrorPrototype, RangeErrorPrototype,
  ReferenceErrorPrototype, SyntaxErrorPrototype, EvalErrorPrototype, URIErrorPrototype, GlobalObject, ArrayPrototypeToString,
  MapPrototype, SetPrototype, WeakMapPrototype, WeakSetPrototype, MapIteratorPrototype, SetIteratorPrototype,
  ArrayBufferPrototype, TypedArrayPrototype, DataViewPrototype, DatePrototype,
  PromisePrototype, PromiseConstructor, AggregateErrorPrototype, GeneratorFunctionPrototype,
  GeneratorPrototype, AsyncFunctionPrototype, AsyncGeneratorFunctionPrototype, AsyncGeneratorPrototype,
} from "../realm";
import { markCoroutineRoots } from "../ops/coroutine";
import { markTypedArrayIntrinsics } from "../builtins/typed-array";
import { markPromiseOpsRoots } from "../builtins/promise-ops";
import { markAsyncFunctionRoots } from "../builtins/async-function";
import { markAsyncGeneratorRoots } from "../builtins/async-generator";
import { markAsyncIterationRoots } from "../builtins/async-iteration";
import { markPromiseRoots } from "../builtins/promise";
import { markPromiseCombinatorRoots } from "../builtins/promise-combinators";
import { markMicrotasks } from "../jobs/microtasks";
import { markTicks } from "../jobs/ticks";
import { markRejections } from "../jobs/rejections";
import { markTimers } from "../host/timers";
import { markImmediates } from "../host/immediates";
import { markProcess } from "../host/process";
import { markTextEncoding } from "../host/text-encoding";
import { markShapeRoots } from "../object/shape";
import { newTarget } from "../object/function";
import { pendingException } from "../errors";
import { markAtoms } from "../string/atoms";
import { deferredOutput } from "../io/output";
import { markRuntimeRoots } from "../runtime";
import { ParseFloatFunction, ParseIntFunction } from "../builtins/global-functions";
import { ArrayConstructor, markArrayCaches } from "../builtins/array-common";
import { markSymbolRoots } from "../builtins/symbol";
import { markIteratorRoots } from "../builtins/iterator-prototypes";
import { markClassRoots } from "../runtime-class";
import { markSyntaxRoots } from "../runtime-syntax";
import { markRegExpRoots } from "../regexp/regexp-object";
import { markCollectionIteratorRoots } from "../builtins/collections-iterator";
import { markErrorStackRoots } from "../builtins/error-stack";
import { markRecorderRoots } from "../ic/recorder";
import { markShapeTable } from "../ic/shape-table";
import { markBigIntLiterals } from "../ops/numeric";
import { markAsyncModuleRoots } from "../builtins/async-module";

export function markRoots(): void {
  markCell(ObjectPrototype); markCell(FunctionPrototype); markCell(ArrayPrototype);
  markCell(StringPrototype); markCell(NumberPrototype); markCell(BooleanPrototype);
  markCell(SymbolPrototype); markCell(BigIntPrototype); markCell(ErrorPrototype); markCell(TypeErrorPrototype);
  markCell(RangeErrorPrototype); markCell(ReferenceErrorPrototype); markCell(SyntaxErrorPrototype);
  markCell(EvalErrorPrototype); markCell(URIErrorPrototype); markCell(GlobalObject);
  markCell(MapPrototype); markCell(SetPrototype); markCell(WeakMapPrototype);
  markCell(WeakSetPrototype); markCell(MapIteratorPrototype); markCell(SetIteratorPrototype);
  markCell(ArrayBufferPrototype); markCell(TypedArrayPrototype); markCell(DataViewPrototype);
  markCell(DatePrototype); markTypedArrayIntrinsics(); markCell(ArrayPrototypeToString);
  markCell(GeneratorFunctionPrototype); markCell(GeneratorPrototype); markCell(AsyncFunctionPrototype);
  markCell(AsyncGeneratorFunctionPrototype); markCell(AsyncGeneratorPrototype);
  markCoroutineRoots();
  markShapeRoots();
  markValue(newTarget);
  markValue(pendingException);
  markCell(deferredOutput());
  markAtoms();
  markRuntimeRoots();
  markCell(ParseFloatFunction); markCell(ParseIntFunction); markCell(ArrayConstructor);
  markArrayCaches();
  markSymbolRoots();
  markIteratorRoots();
  markClassRoots();
  markSyntaxRoots();
  // Promises, the job queues and the host objects.
  markCell(PromisePrototype); markCell(PromiseConstructor); markCell(AggregateErrorPrototype);
  markPromiseOpsRoots(); markPromiseRoots(); markPromiseCombinatorRoots(); markAsyncFunctionRoots();
  markAsyncGeneratorRoots(); markAsyncIterationRoots();
  markMicrotasks(); markTicks(); markRejections();
  markTimers(); markImmediates(); markProcess(); markTextEncoding();
  markRegExpRoots();
  markCollectionIteratorRoots();
  markErrorStackRoots();
  markRecorderRoots();
  markShapeTable();
  markBigIntLiterals();
  markAsyncModuleRoots();
}
