import { describe, expect, test } from 'vitest';
import { applyStaleness } from './staleness.js';
import { fn, fnKey, profile, site } from './test-support.js';

const parse = fnKey('Parser.parse', 10);
const lex = fnKey('Lexer.next', 40);
const util = fnKey('util', 70);
const workloadOnly = fnKey('<top>', 1, 0, 'bench/workload.js');

const recorded = profile([
  fn(parse, [site('GetProp', 11, 2, []), site('Call', 12, 2, [])]),
  fn(lex, [site('GetElem', 41, 2, []), site('GetElem', 42, 2, []), site('Compare', 43, 2, [])]),
  fn(util, [site('Call', 71, 2, [])]),
  fn(workloadOnly, [site('Call', 2, 0, [])]),
]);

describe('applyStaleness', () => {
  test('keeps unchanged functions, drops changed ones with a warning, drops unknown ones silently', () => {
    const result = applyStaleness(recorded, [
      { key: parse, sourceHash: 'hash-of-Parser.parse' },
      { key: lex, sourceHash: 'edited' },
      { key: util, sourceHash: 'edited too' },
    ], 'profile.pb');
    expect(result.profile.functions.map((f) => f.key)).toEqual([parse]);
    expect(result.stale).toEqual([lex, util]);
    expect(result.droppedSites).toBe(4);
    expect(result.warning).toBe('profile.pb: 2 of 4 functions changed since recording; their data is ignored');
    expect(recorded.functions).toHaveLength(4); // the input is not modified
  });

  test('no warning when nothing changed; singular wording for one function', () => {
    const current = recorded.functions.map((f) => ({ key: f.key, sourceHash: f.sourceHash }));
    const fresh = applyStaleness(recorded, current);
    expect(fresh.warning).toBeNull();
    expect(fresh.profile.functions).toHaveLength(4);
    const one = applyStaleness(recorded, [{ key: util, sourceHash: 'edited' }]);
    expect(one.warning).toBe('profile: 1 of 4 functions changed since recording; their data is ignored');
  });

  test('a function that moved has another key: its data does not apply', () => {
    const moved = applyStaleness(recorded, [{ key: { ...parse, line: 11 }, sourceHash: 'hash-of-Parser.parse' }]);
    expect(moved.profile.functions).toEqual([]);
    expect(moved.warning).toBeNull();
  });
});
