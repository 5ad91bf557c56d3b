// @pgo/profile: the profile schema, encoding, merging and staleness checks. The schema and codec
// land with the record-and-merge work (issue: Record and merge); the format version is fixed here
// so the compiler and the recorder agree on it from the start.

/** Version of the profile format written by `pgo record`; readers refuse newer versions. */
export const PROFILE_FORMAT_VERSION = 1;
