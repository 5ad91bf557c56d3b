// The differential corpus, built in record mode (the instrumented build of `pgo record`): every IC
// site reports to the recorder, and the program must still print exactly what node prints.
import { describe } from 'vitest';
import { differentialSuite } from './support/differential.js';

describe('corpus: record build', () => differentialSuite({ record: true }));
