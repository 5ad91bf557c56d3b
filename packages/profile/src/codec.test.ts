import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { describe, expect, test } from 'vitest';
import { canonicalize } from './canonical.js';
import { crc32 } from './checksum.js';
import { PROFILE_PROTO_PATH, decodeProfile, encodeProfile } from './codec.js';
import { ProfileError } from './errors.js';
import { errorOf, fn, fnKey, objectShape, profile, richProfile, site, stub } from './test-support.js';
import type { Profile } from './types.js';

const Profile = protobuf.parse(readFileSync(PROFILE_PROTO_PATH, 'utf8')).root.lookupType('pgo.Profile');

/** A file from a raw protobufjs object, with a correct checksum: to reach the checks after it. */
function rawFile(message: Record<string, unknown>): Uint8Array {
  return rawFileFromBody(Profile.encode(message).finish());
}

/** Any bytes followed by their correct checksum. */
function rawFileFromBody(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 5);
  out.set(body);
  out[body.length] = (15 << 3) | 5;
  new DataView(out.buffer).setUint32(body.length + 1, crc32(body), true);
  return out;
}

/** A raw profile with one GetProp site holding the given stubs. */
function rawWithStubs(stubs: unknown[], shapes: unknown[] = []): Uint8Array {
  return rawFile({
    formatVersion: 1,
    provenance: { engineBuild: 'b' },
    shapes,
    functions: [{ key: { path: 'a.js', name: 'f', line: 1 }, sites: [{ key: { kind: 1, line: 2, column: 4 }, stubs }] }],
  });
}

/** Deterministic bytes (xorshift), so a failure reproduces. */
function randomBytes(seed: number, length: number): Uint8Array {
  let x = seed || 1;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}

describe('round trip', () => {
  test('decode(encode(p)) is p in canonical form, every kind of value included', () => {
    const p = richProfile();
    const decoded = decodeProfile(encodeProfile(p), 'rich.pb');
    expect(decoded).toEqual(canonicalize(p));
    expect(decoded.functions.find((f) => f.key.name === 'main')!.entryCount).toBe(2 ** 45 + 1);
  });

  test('zero-valued oneof members survive: shape 0, u32 0, empty name', () => {
    const p = profile(
      [fn(fnKey('f'), [
        site('GetProp', 1, 0, [stub('GetProp.OwnSlot', [{ shape: 0 }, { u32: 0 }], 0)]),
        site('Call', 2, 0, [stub('Call.Builtin', [{ name: '' }], 1)]),
      ])],
      [{ root: { intrinsic: '' }, keys: [] }],
    );
    expect(decodeProfile(encodeProfile(p), 'zero.pb')).toEqual(canonicalize(p));
  });

  test('an empty profile round-trips', () => {
    const p = profile([]);
    expect(decodeProfile(encodeProfile(p), 'empty.pb')).toEqual(p);
  });
});

describe('canonical bytes', () => {
  test('order of functions, sites, stubs, shapes and workloads does not change the bytes', () => {
    const p = richProfile();
    p.provenance.workloads.push({ name: 'another.js', weight: 2, runs: 3 });
    // The same profile with every list reversed and the shape table permuted.
    const permutation = [2, 0, 3, 1]; // old index → new index
    const shapes = new Array(p.shapes.length);
    p.shapes.forEach((s, i) => (shapes[permutation[i]!] = s));
    const shuffled: Profile = {
      ...p,
      provenance: { ...p.provenance, workloads: [...p.provenance.workloads].reverse() },
      shapes,
      functions: [...p.functions].reverse().map((f) => ({
        ...f,
        sites: [...f.sites].reverse().map((s) => ({
          ...s,
          operandTypes: [...s.operandTypes].reverse(),
          stubs: [...s.stubs].reverse().map((st) => ({
            ...st, fields: st.fields.map((x) => ('shape' in x ? { shape: permutation[x.shape]! } : x)),
          })),
        })),
      })),
    };
    expect(encodeProfile(shuffled)).toEqual(encodeProfile(p));
  });

  test('duplicate and unused shapes are dropped; equal stubs are summed', () => {
    const withDuplicates = profile([fn(fnKey('f'), [site('GetProp', 1, 0, [
      stub('GetProp.OwnSlot', [{ shape: 1 }, { u32: 0 }], 2),
      stub('GetProp.OwnSlot', [{ shape: 2 }, { u32: 0 }], 3),
    ])])], [objectShape('unused'), objectShape('x'), objectShape('x')]);
    const plain = profile([fn(fnKey('f'), [site('GetProp', 1, 0, [stub('GetProp.OwnSlot', [{ shape: 0 }, { u32: 0 }], 5)])])],
      [objectShape('x')]);
    expect(encodeProfile(withDuplicates)).toEqual(encodeProfile(plain));
  });

  test('encoding is stable', () => {
    expect(encodeProfile(richProfile())).toEqual(encodeProfile(richProfile()));
  });
});

describe('reading refuses what is not a valid profile', () => {
  const good = encodeProfile(richProfile());

  test('an empty file', () => {
    expect(errorOf(() => decodeProfile(new Uint8Array(), 'e.pb'))).toBe('e.pb: not a pgo profile (empty file)');
  });

  test('a text file', () => {
    const text = new TextEncoder().encode('{"formatVersion": 1}\n');
    expect(errorOf(() => decodeProfile(text, 'p.json'))).toMatch(/^p\.json: not a pgo profile \(/);
  });

  test('every truncation of a valid file', () => {
    for (let n = 1; n < good.length; n++) {
      expect(errorOf(() => decodeProfile(good.subarray(0, n), 't.pb'))).toMatch(/^t\.pb: not a pgo profile \(/);
    }
  });

  test('a corrupted byte', () => {
    const bad = Uint8Array.from(good);
    bad[Math.floor(bad.length / 2)] ^= 0x01;
    expect(errorOf(() => decodeProfile(bad, 'c.pb'))).toMatch(/^c\.pb: not a pgo profile \(/);
  });

  test('a flipped checksum byte', () => {
    const bad = Uint8Array.from(good);
    bad[bad.length - 1] ^= 0x80;
    expect(errorOf(() => decodeProfile(bad, 'c.pb'))).toBe('c.pb: not a pgo profile (truncated or corrupt: checksum mismatch)');
  });

  test('random bytes never crash', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const bytes = randomBytes(seed, 1 + (seed % 300));
      expect(() => decodeProfile(bytes, 'r.pb')).toThrow(ProfileError);
      // Random bodies with a valid checksum reach the parser and the checks behind it.
      try {
        decodeProfile(rawFileFromBody(bytes), 'r.pb');
      } catch (e) {
        expect(e).toBeInstanceOf(ProfileError);
      }
    }
  });

  test('no format version', () => {
    expect(errorOf(() => decodeProfile(rawFile({ provenance: {} }), 'v.pb'))).toBe('v.pb: not a pgo profile (no format version)');
  });

  test('another format version', () => {
    expect(errorOf(() => decodeProfile(rawFile({ formatVersion: 7, provenance: {} }), 'v.pb')))
      .toBe('v.pb: profile format version 7; this pgo reads version 1');
  });

  test('an unknown stub kind', () => {
    expect(errorOf(() => decodeProfile(rawWithStubs([{ kind: 999, hits: 1 }]), 'k.pb')))
      .toBe('k.pb: unknown stub kind 999 (GetProp site at 2:4 in f (a.js:1:0))');
    expect(errorOf(() => decodeProfile(rawWithStubs([{ kind: 0 }]), 'k.pb'))).toMatch(/unknown stub kind 0/);
  });

  test('a stub whose field count does not match the table', () => {
    expect(errorOf(() => decodeProfile(rawWithStubs([{ kind: 1, fields: [{ u32: 0 }] }]), 'f.pb')))
      .toBe('f.pb: stub GetProp.OwnSlot has fields (u32) but the stub table gives (shape, u32) (GetProp site at 2:4 in f (a.js:1:0))');
  });

  test('a stub whose field types do not match the table', () => {
    const shapes = [{ root: { unknown: true } }];
    expect(errorOf(() => decodeProfile(rawWithStubs([{ kind: 1, fields: [{ u32: 0 }, { shape: 0 }] }], shapes), 'f.pb')))
      .toMatch(/^f\.pb: stub GetProp\.OwnSlot has fields \(u32, shape\) but the stub table gives \(shape, u32\)/);
    expect(errorOf(() => decodeProfile(rawWithStubs([{ kind: 1, fields: [{ shape: 0 }, {}] }], shapes), 'f.pb')))
      .toMatch(/has fields \(shape, empty\)/);
  });

  test('a shape index out of range', () => {
    expect(errorOf(() => decodeProfile(rawWithStubs([{ kind: 1, fields: [{ shape: 3 }, { u32: 0 }] }]), 's.pb')))
      .toBe('s.pb: shape index 3 out of range: the profile has 0 shapes (GetProp site at 2:4 in f (a.js:1:0))');
  });

  test('a stub at a site of another kind', () => {
    expect(errorOf(() => decodeProfile(rawWithStubs([{ kind: 12, fields: [{ function: { name: 'g' } }] }]), 's.pb')))
      .toBe('s.pb: stub Call.Function cannot occur at a GetProp site at 2:4 in f (a.js:1:0)');
  });

  test('an unknown site kind, a missing key, a shape without root', () => {
    const site = (key: unknown) => rawFile({ formatVersion: 1, provenance: {}, functions: [{ key: { name: 'f' }, sites: [{ key }] }] });
    expect(errorOf(() => decodeProfile(site({ kind: 40 }), 'x.pb'))).toMatch(/^x\.pb: unknown site kind 40/);
    expect(errorOf(() => decodeProfile(site(undefined), 'x.pb'))).toMatch(/^x\.pb: site key missing/);
    expect(errorOf(() => decodeProfile(rawFile({ formatVersion: 1, provenance: {}, functions: [{}] }), 'x.pb')))
      .toBe('x.pb: function key missing (function 0)');
    expect(errorOf(() => decodeProfile(rawFile({ formatVersion: 1, provenance: {}, shapes: [{}] }), 'x.pb')))
      .toBe('x.pb: shape 0 has no root');
    expect(errorOf(() => decodeProfile(rawFile({ formatVersion: 1 }), 'x.pb'))).toBe('x.pb: provenance missing (profile)');
  });

  test('an unknown operand type and duplicate keys', () => {
    const arith = { key: { kind: 9, line: 1 }, operandTypes: [{ left: 'int64', count: 1 }] };
    const file = (functions: unknown[]) => rawFile({ formatVersion: 1, provenance: {}, functions });
    expect(errorOf(() => decodeProfile(file([{ key: { name: 'f' }, sites: [arith] }]), 'o.pb')))
      .toBe("o.pb: unknown operand type 'int64' (Arith site at 1:0 in f (:0:0))");
    expect(errorOf(() => decodeProfile(file([{ key: { name: 'f' } }, { key: { name: 'f' } }]), 'd.pb')))
      .toBe('d.pb: duplicate function f (:0:0)');
  });
});

describe('writing refuses what does not fit the schema', () => {
  test('an unknown stub kind, a wrong site, a negative count, a duplicate site', () => {
    const one = (s: ReturnType<typeof site>) => profile([fn(fnKey('f'), [s])]);
    expect(errorOf(() => encodeProfile(one(site('GetProp', 1, 0, [stub('GetProp.Nope', [], 1)])), 'out.pb')))
      .toBe('out.pb: unknown stub kind GetProp.Nope (GetProp site at 1:0 in f (src/app.js:1:0))');
    expect(errorOf(() => encodeProfile(one(site('SetProp', 1, 0, [stub('GetProp.ArrayLength', [], 1)])))))
      .toBe('profile: stub GetProp.ArrayLength cannot occur at a SetProp site at 1:0 in f (src/app.js:1:0)');
    expect(errorOf(() => encodeProfile(one(site('GetProp', 1, 0, [stub('GetProp.ArrayLength', [], -1)])))))
      .toMatch(/stub hits -1 is out of range/);
    const twice = profile([fn(fnKey('f'), [site('Call', 1, 0, []), site('Call', 1, 0, [])])]);
    expect(errorOf(() => encodeProfile(twice))).toBe('profile: duplicate Call site at 1:0 in f (src/app.js:1:0)');
    expect(errorOf(() => encodeProfile({ ...profile([]), formatVersion: 2 })))
      .toBe('profile: profile format version 2; this pgo reads version 1');
  });
});
