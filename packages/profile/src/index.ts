// @pgo/profile: the profile schema (profile.proto), its encoding, merging, staleness checks and the
// queries behind `pgo show`. Everything public is re-exported here by name.
export { PROFILE_FORMAT_VERSION, ShapeAttribute, siteKinds } from './types.js';
export type {
  BranchProfile, FunctionKey, FunctionProfile, LoopProfile, OperandTypeCount, Profile, Provenance, Shape,
  ShapeKey, ShapeRoot, SiteKey, SiteKind, SiteProfile, StubFieldValue, StubProfile, Workload,
} from './types.js';
export { ProfileError } from './errors.js';
export { PROFILE_PROTO_PATH, decodeProfile, encodeProfile } from './codec.js';
export { mergeProfiles } from './merge.js';
export type { MergeInput } from './merge.js';
export { applyStaleness } from './staleness.js';
export type { CurrentFunction, StalenessResult } from './staleness.js';
export { functionKeyId, siteKeyId, shapeId, describeFunction, describeSite } from './keys.js';
export { classifySite, formatShow, shapeText, summarize } from './show.js';
export type { HotFunction, HotSite, Polymorphism, ShowReport, ShowStub } from './show.js';
