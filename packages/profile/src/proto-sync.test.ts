// profile.proto's StubKind enum must follow the engine's stub table (packages/engine/layout/
// stubs.mjs): run `node scripts/gen-proto.mjs` (the package build does) when this fails.
import { readFileSync } from 'node:fs';
import { operandTypes, stubKinds } from '@pgo/engine';
import protobuf from 'protobufjs';
import { expect, test } from 'vitest';
import { stubKindEnumName, syncProto } from '../scripts/gen-proto.mjs';
import { PROFILE_PROTO_PATH } from './codec.js';
import { siteKinds } from './types.js';

const protoText = readFileSync(PROFILE_PROTO_PATH, 'utf8');
const root = protobuf.parse(protoText).root;

test('the StubKind enum has one value per stub table row, numbered by id', () => {
  const expected: Record<string, number> = { STUB_KIND_UNSPECIFIED: 0 };
  for (const kind of stubKinds) expected[stubKindEnumName(kind.name)] = kind.id;
  expect(root.lookupEnum('pgo.StubKind').values).toEqual(expected);
});

test('profile.proto is what gen-proto.mjs generates from the table', () => {
  expect(syncProto(protoText, stubKinds)).toBe(protoText);
});

test('enum names are derived from row names', () => {
  expect(stubKindEnumName('GetProp.OwnSlot')).toBe('STUB_KIND_GET_PROP_OWN_SLOT');
  expect(stubKindEnumName('GetElem.TypedArray')).toBe('STUB_KIND_GET_ELEM_TYPED_ARRAY');
});

test('the SiteKind enum matches siteKinds, and every stub belongs to a known site kind', () => {
  const values = root.lookupEnum('pgo.SiteKind').values;
  siteKinds.forEach((kind, i) => expect(values[stubKindEnumName(kind).replace('STUB_KIND', 'SITE_KIND')]).toBe(i + 1));
  expect(Object.keys(values)).toHaveLength(siteKinds.length + 1);
  for (const kind of stubKinds) expect(siteKinds).toContain(kind.site);
});

test('operand types are plain names', () => {
  for (const t of operandTypes) expect(t).toMatch(/^[a-z0-9]+$/);
});
