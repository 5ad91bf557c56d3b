// labeled break out of nested loops
const found = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    found.push(`${i}${j}`);
  }
}
console.log(found);

// labeled block
block: {
  console.log('in block');
  if (found.length) break block;
  console.log('never');
}
console.log('after block');

// labeled while with continue
let n = 0;
const evens = [];
loop: while (n < 10) {
  n++;
  if (n % 2) continue loop;
  evens.push(n);
}
console.log(evens);

// label on for-of with break from inside switch
const words = ['a', 'stop', 'b'];
const seen = [];
scan: for (const w of words) {
  switch (w) {
    case 'stop':
      break scan;
    default:
      seen.push(w);
  }
}
console.log(seen);

// labeled do-while
let k = 0;
dw: do {
  k++;
  if (k === 3) break dw;
} while (true);
console.log(k);

// comma operator
let a = (1, 2, 3);
console.log(a);
let x = 0;
const y = (x++, x++, x);
console.log(x, y);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);

// void
console.log(void 0, void 'anything', typeof void 0);
let sideEffect = 0;
void sideEffect++;
console.log(sideEffect);
const arrowVoid = () => void (sideEffect = 99);
console.log(arrowVoid(), sideEffect);

// comma in return and arrow
function commaReturn() { return (console.log('side'), 'value'); }
console.log(commaReturn());

// finally with break inside label
lbl: try {
  break lbl;
} finally {
  console.log('finally runs on break');
}
