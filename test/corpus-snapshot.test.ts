// The differential corpus, built with the snapshot (initialization at build time under Wizer).
import { describe } from 'vitest';
import { differentialSuite } from './support/differential.js';

describe('corpus: snapshot build', () => differentialSuite({ snapshot: true }));
