// The differential corpus, built without a snapshot (initialization at run time).
import { describe } from 'vitest';
import { differentialSuite } from './support/differential.js';

describe('corpus: build without snapshot', () => differentialSuite({ snapshot: false }));
