// The IC stub kinds: the one table the recorder (engine, instrumented build), the profile schema
// (packages/profile/profile.proto's StubKind enum), `pgo show` and the specializer (compiler,
// profile-guided build) all follow. As in SpiderMonkey's CacheIROps.yaml, a stub is a *kind* plus
// *fields*: the stub's code is shared and parameterized, its fields are data (e.g. GetProp.OwnSlot
// {shape, slot}). scripts/gen-layout.mjs writes assembly/ic/stubs.generated.ts (ids for the
// recorder) and src/stubs.generated.ts (the table for TypeScript) from it.
//
// Adding a kind: one row here (ids are the row's position + 1 and are part of the profile format:
// append, never reorder), one recorder call in the engine, one specializer method in the compiler.
//
// Field types:
//   shape     a shape, symbolic in the profile: its root (the prototype's allocation: an intrinsic
//             or a function's `prototype`) and the ordered keys added to it
//   function  a function literal, by its function key (source path, name path, position)
//   u32       a small unsigned integer (slot index, element kind)
//   name      a name: a builtin's (e.g. "Math.sqrt"), a primitive type's (typeof, e.g. "string")

/** @typedef {{ name: string, type: 'shape' | 'function' | 'u32' | 'name', doc: string }} StubField */
/** @typedef {{ name: string, site: string, fields: StubField[], doc: string }} StubKind */

/** @type {StubKind[]} */
export const stubKinds = [
  {
    name: 'GetProp.OwnSlot', site: 'GetProp',
    fields: [
      { name: 'shape', type: 'shape', doc: 'receiver shape' },
      { name: 'slot', type: 'u32', doc: 'slot index of the own data property' },
    ],
    doc: 'an own data property read from a fixed slot of receivers of one shape',
  },
  {
    name: 'GetProp.ProtoSlot', site: 'GetProp',
    fields: [
      { name: 'shape', type: 'shape', doc: 'receiver shape' },
      { name: 'holder', type: 'shape', doc: 'shape of the prototype that holds the property' },
      { name: 'slot', type: 'u32', doc: 'slot index in the holder' },
    ],
    doc: 'a data property found on the prototype chain (methods on a class prototype)',
  },
  {
    name: 'GetProp.ArrayLength', site: 'GetProp', fields: [],
    doc: '`length` of an array',
  },
  {
    name: 'GetProp.StringLength', site: 'GetProp', fields: [],
    doc: '`length` of a string primitive',
  },
  {
    name: 'SetProp.OwnSlot', site: 'SetProp',
    fields: [
      { name: 'shape', type: 'shape', doc: 'receiver shape' },
      { name: 'slot', type: 'u32', doc: 'slot index of the writable own data property' },
    ],
    doc: 'a store to an existing writable own data property',
  },
  {
    name: 'SetProp.AddSlot', site: 'SetProp',
    fields: [
      { name: 'shape', type: 'shape', doc: 'receiver shape before the store' },
      { name: 'next', type: 'shape', doc: 'receiver shape after the store (the transition)' },
      { name: 'slot', type: 'u32', doc: 'slot index of the new property' },
    ],
    doc: 'a store that adds a property: a shape transition',
  },
  {
    name: 'GetElem.DenseArray', site: 'GetElem', fields: [],
    doc: 'an in-bounds integer index into a dense array',
  },
  {
    name: 'GetElem.TypedArray', site: 'GetElem',
    fields: [{ name: 'elementKind', type: 'u32', doc: 'element type (Int8 … Float64, TA_KIND)' }],
    doc: 'an integer index into a typed array of one element type',
  },
  {
    name: 'GetElem.StringChar', site: 'GetElem', fields: [],
    doc: 'an integer index into a string primitive',
  },
  {
    name: 'SetElem.DenseArray', site: 'SetElem', fields: [],
    doc: 'a store at an integer index within a dense array, or appending at its length',
  },
  {
    name: 'SetElem.TypedArray', site: 'SetElem',
    fields: [{ name: 'elementKind', type: 'u32', doc: 'element type (Int8 … Float64, TA_KIND)' }],
    doc: 'a store at an integer index into a typed array of one element type',
  },
  {
    name: 'Call.Function', site: 'Call',
    fields: [{ name: 'target', type: 'function', doc: 'the callee function literal' }],
    doc: 'a call whose callee is a closure of one function literal',
  },
  {
    name: 'Call.Builtin', site: 'Call',
    fields: [{ name: 'builtin', type: 'name', doc: 'the builtin called (e.g. "Math.sqrt")' }],
    doc: 'a call of one engine builtin',
  },
  {
    name: 'New.Function', site: 'New',
    fields: [{ name: 'target', type: 'function', doc: 'the constructor function literal or class' }],
    doc: 'a `new` whose constructor is a closure of one function literal or class',
  },
  {
    name: 'GetProp.PrimitiveProto', site: 'GetProp',
    fields: [
      { name: 'receiver', type: 'name', doc: 'the receiver\'s primitive type as typeof names it ("string", "number")' },
      { name: 'holder', type: 'shape', doc: 'shape of that type\'s prototype (String.prototype …), which holds the property' },
      { name: 'slot', type: 'u32', doc: 'slot index in the holder' },
    ],
    doc: 'a method of a primitive receiver read from its prototype (`s.charCodeAt`, `n.toFixed`)',
  },
  {
    name: 'GetProp.ProtoGetter', site: 'GetProp',
    fields: [
      { name: 'shape', type: 'shape', doc: 'receiver shape' },
      { name: 'holder', type: 'shape', doc: 'shape of the prototype that holds the accessor (its key gives the slot)' },
      { name: 'getter', type: 'function', doc: 'the getter function literal' },
    ],
    doc: 'a getter on the direct prototype called with the receiver (`get key()` of a class)',
  },
  {
    name: 'GetProp.FunctionLength', site: 'GetProp',
    fields: [{ name: 'shape', type: 'shape', doc: 'receiver shape (a function without an own `length`)' }],
    doc: '`length` of a function: its declared parameter count',
  },
];

/** Operand types counted at arithmetic and compare sites (one per operand). */
export const operandTypes = ['int32', 'double', 'string', 'boolean', 'undefined', 'null', 'object', 'symbol', 'bigint'];
