// Profile files: profile.proto's Profile message, encoded canonically, then its checksum as the
// last field (tag 15, fixed32), so any truncation or corruption is caught on reading. The schema
// is parsed at first use from the profile.proto shipped next to src/ and dist/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { canonicalize } from './canonical.js';
import { crc32 } from './checksum.js';
import { ProfileError, messages } from './errors.js';
import { PROFILE_FORMAT_VERSION } from './types.js';
import type { Profile } from './types.js';
import { validateProfile } from './validate.js';
import { profileFromWire, profileToWire } from './wire.js';
import type { WireProfile } from './wire.js';

/** profile.proto: one directory up from both src/codec.ts and dist/codec.js. */
export const PROFILE_PROTO_PATH = fileURLToPath(new URL('../profile.proto', import.meta.url));

/** Profile.checksum's tag byte: field 15, wire type 5 (fixed32). */
const CHECKSUM_TAG = (15 << 3) | 5;
const TRAILER_BYTES = 5;

let profileType: protobuf.Type | undefined;

function schema(): protobuf.Type {
  profileType ??= protobuf.parse(readFileSync(PROFILE_PROTO_PATH, 'utf8')).root.lookupType('pgo.Profile');
  return profileType;
}

/**
 * A profile's file contents: canonical (equal profiles give identical bytes) and checked against
 * the stub table first. `file` only names the profile in a ProfileError.
 */
export function encodeProfile(p: Profile, file = 'profile'): Uint8Array {
  validateProfile(p, file);
  const body = schema().encode(profileToWire(canonicalize(p))).finish();
  const out = new Uint8Array(body.length + TRAILER_BYTES);
  out.set(body);
  out[body.length] = CHECKSUM_TAG;
  new DataView(out.buffer).setUint32(body.length + 1, crc32(body), true);
  return out;
}

/** The profile in a file's contents, in canonical form; throws a ProfileError naming `file` if it is not a valid one. */
export function decodeProfile(bytes: Uint8Array, file: string): Profile {
  const fail = (reason: string): never => {
    throw new ProfileError(file, reason);
  };
  if (bytes.length === 0) fail(messages.notAProfile(messages.emptyFile()));

  const type = schema();
  let wire: WireProfile;
  try {
    const message = type.decode(bytes);
    const options = { longs: Number, enums: Number, defaults: true, arrays: true, oneofs: true };
    wire = type.toObject(message, options) as WireProfile;
  } catch (e) {
    // protobufjs throws RangeError or Error ("invalid wire type 7 at offset 3", "max depth exceeded").
    return fail(messages.notAProfile(messages.unparsable(e instanceof Error ? e.message : String(e))));
  }

  // The version first: a newer format may end differently.
  if (wire.formatVersion === 0) fail(messages.notAProfile(messages.noFormatVersion()));
  if (wire.formatVersion !== PROFILE_FORMAT_VERSION) fail(messages.formatVersion(wire.formatVersion));

  const end = bytes.length - TRAILER_BYTES;
  if (end < 0 || bytes[end] !== CHECKSUM_TAG) fail(messages.notAProfile(messages.noChecksum()));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(end + 1, true) !== crc32(bytes.subarray(0, end))) fail(messages.notAProfile(messages.badChecksum()));

  const profile = profileFromWire(wire, file);
  validateProfile(profile, file);
  // Files pgo writes are canonical already; this normalizes any other valid encoding.
  return canonicalize(profile);
}
