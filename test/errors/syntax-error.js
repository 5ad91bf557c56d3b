// expect: SyntaxError "Unexpected token ')'" at line 3, column 16 (1-based): the compiler must reject it with that position.
const a = 1;
const b = (a + );
console.log(b);
