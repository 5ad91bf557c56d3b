// The differential corpus, built in record mode (the instrumented build of `pgo record`): every IC
// site reports to the recorder, and the program must still print exactly what node prints. The
// profile it records then builds the program profile-guided, with that profile and cross-wired
// (every site given another site's stubs, without a snapshot), and both must print the same.
// The record build itself runs without a snapshot (CI time: every snapshot costs a Wizer run);
// `pgo record`'s snapshotted record build is run end to end by test/profile-cli.test.ts.
import { describe } from 'vitest';
import { differentialSuite } from './support/differential.js';

describe('corpus: record build, then profile-guided builds', () => differentialSuite({ record: true, snapshot: false }, { profileGuided: true }));
