// The specializer: one method per stub kind of the stub table (engine layout/stubs.mjs), as
// Warp transpiles CacheIR stubs. Each method turns one recorded stub, its fields as constants,
// into an inline *case*: a guard and the stub's fast code, tried before the site's generic path;
// when every guard fails the site runs its generic inline cache, so behaviour never depends on the
// profile. A method may refuse a stub (with the reason the build report prints). The table's type
// has one entry per StubKindName, so adding a kind to the stub table without its method does not
// compile; a kind the table does not know is refused at run of the build.
import type { StubKindName } from '@pgo/engine';
import type { StubFieldValue } from '@pgo/profile';
import type { Method, StubCase, StubSite, SpecializeContext } from './stub-site.js';
import { getOwnSlot, getProtoSlot, arrayLength, stringLength, setOwnSlot, setAddSlot, getPrimitiveProto, getProtoGetter,
  functionLength } from './property-stubs.js';
import { alreadyInline, setDenseElement, getTypedElement, setTypedElement, getStringChar } from './element-stubs.js';
import { callFunction, newFunction, callBuiltin } from './call-stubs.js';

export type { PropertySite, ElementSite, CallSite, StubSite, StubCase, CallTarget, SpecializeContext } from './stub-site.js';

interface Specializer {
  readonly site: StubSite['kind'];
  readonly method: Method;
}

export const specializers: { readonly [K in StubKindName]: Specializer } = {
  'GetProp.OwnSlot': { site: 'GetProp', method: getOwnSlot },
  'GetProp.ProtoSlot': { site: 'GetProp', method: getProtoSlot },
  'GetProp.ArrayLength': { site: 'GetProp', method: arrayLength },
  'GetProp.StringLength': { site: 'GetProp', method: stringLength },
  'SetProp.OwnSlot': { site: 'SetProp', method: setOwnSlot },
  'SetProp.AddSlot': { site: 'SetProp', method: setAddSlot },
  'GetElem.DenseArray': { site: 'GetElem', method: alreadyInline('a dense-array load') },
  'GetElem.TypedArray': { site: 'GetElem', method: getTypedElement },
  'GetElem.StringChar': { site: 'GetElem', method: getStringChar },
  'SetElem.DenseArray': { site: 'SetElem', method: setDenseElement },
  'SetElem.TypedArray': { site: 'SetElem', method: setTypedElement },
  'Call.Function': { site: 'Call', method: callFunction },
  'Call.Builtin': { site: 'Call', method: callBuiltin },
  'New.Function': { site: 'New', method: newFunction },
  'GetProp.PrimitiveProto': { site: 'GetProp', method: getPrimitiveProto },
  'GetProp.ProtoGetter': { site: 'GetProp', method: getProtoGetter },
  'GetProp.FunctionLength': { site: 'GetProp', method: functionLength },
};

/** The case for one recorded stub at `site`, or why there is none. */
export function specializeStub(kind: string, site: StubSite, fields: readonly StubFieldValue[], cx: SpecializeContext): StubCase | string {
  const spec = (specializers as Record<string, Specializer | undefined>)[kind];
  if (!spec) return `unknown stub kind ${kind}`;
  if (spec.site !== site.kind) return `stub ${kind} at a ${site.kind} site`;
  return spec.method(site, fields, cx);
}

