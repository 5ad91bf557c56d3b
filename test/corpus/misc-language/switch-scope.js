function classify(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push('one');
    case 2:
      out.push('two-or-fell');
      break;
    case 3:
    case 4:
      out.push('three-or-four');
      break;
    default:
      out.push('default');
    case 5:
      out.push('five-or-after-default');
  }
  return out.join(',');
}
for (const v of [1, 2, 3, 4, 5, 6]) console.log(v, classify(v));

// strict equality
function eq(v) {
  switch (v) {
    case '1': return 'string one';
    case 1: return 'number one';
    case NaN: return 'nan';
    case null: return 'null';
    case undefined: return 'undefined';
    default: return 'no match';
  }
}
console.log(eq(1), eq('1'), eq(NaN), eq(null), eq(undefined), eq(0));

// lexical declarations shared across cases
function lexical(n) {
  switch (n) {
    case 0:
      let msg = 'zero';
      return msg;
    case 1:
      msg = 'one';
      return msg;
    case 2:
      try {
        return msg;
      } catch (e) {
        return e.constructor.name + ': ' + e.message;
      }
  }
}
console.log(lexical(0));
console.log((() => { try { return lexical(1); } catch (e) { return e.constructor.name + ': ' + e.message; } })());
console.log(lexical(2));

// block scoping per case with braces
function blocks(n) {
  switch (n) {
    case 'a': {
      const v = 'A';
      return v;
    }
    case 'b': {
      const v = 'B';
      return v;
    }
  }
  return 'none';
}
console.log(blocks('a'), blocks('b'), blocks('c'));

// case expressions evaluated lazily in order
const log = [];
function c(v) { log.push('case ' + v); return v; }
switch (3) {
  case c(1): log.push('matched 1'); break;
  case c(3): log.push('matched 3'); break;
  case c(5): log.push('matched 5'); break;
}
console.log(log);

// default in the middle only after all cases fail
const log2 = [];
switch ('z') {
  case c('x'):
    break;
  default:
    log2.push('default');
  case c('y'):
    log2.push('y-body');
}
console.log(log2, log.slice(-2));

// switch(true) pattern
function grade(score) {
  switch (true) {
    case score >= 90: return 'A';
    case score >= 80: return 'B';
    default: return 'F';
  }
}
console.log(grade(95), grade(85), grade(10));

// continue inside switch inside loop
const odds = [];
for (let i = 0; i < 6; i++) {
  switch (i % 2) {
    case 0: continue;
  }
  odds.push(i);
}
console.log(odds);

// function declarations in switch blocks
switch (1) {
  case 1:
    function inSwitch() { return 'hoisted in switch'; }
}
console.log(inSwitch());
