// The differential corpus, built without a snapshot (initialization at run time); each program
// runs twice: as built, and in the collector's stress mode (test/support/gc-stress.ts).
import { describe } from 'vitest';
import { differentialSuite } from './support/differential.js';

describe('corpus: build without snapshot', () => differentialSuite({ snapshot: false }, { gcStress: true }));
