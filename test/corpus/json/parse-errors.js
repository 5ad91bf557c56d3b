// JSON.parse — node 20's SyntaxError messages: unexpected token (with the source, or 10 characters
// of context around the token), unexpected end, strings (escapes, control characters,
// unterminated), numbers, structure, and trailing data.
function attempt(text) {
  try {
    const v = JSON.parse(text);
    console.log(JSON.stringify(text), "parsed:", JSON.stringify(v));
  } catch (e) {
    console.log(JSON.stringify(text), e instanceof SyntaxError, e.name + ": " + e.message);
  }
}
// Unexpected end of input.
const ends = ["", "   ", "\n", "[", "[1,", "{\"a\":", "\"\\", "t", "tru", "nul", "f", "fals", "[true,fals", "{\"a\":[1,{\"b\":"];
for (let i = 0; i < ends.length; i++) attempt(ends[i]);
// Unexpected token: the whole source when it is short, context with ellipses when it is long.
const tokens = ["{\"a\":}", "x", "[1,]", ".5", "+1", "{\"a\":tru}", "Infinityy", "[1,2,3,4,5,6,7,8,9,10,11,12,13,x]",
  "[x,1,2,3,4,5,6,7,8,9,10]", "[1,2,3,4,5,6,7,8,9,10,x,1,2,3,4,5,6,7,8,9,10]", "{\"aaaaaaaaaaaaaaaaaaaaaaaa\":}",
  "[                  }", "[                   }", "[                    }", "\u00a0 1", "\ufeff1", "'single'", "[,]",
  "{\"a\":1,\"b\"}", "[nul]", "tr ue", "\"\\\u0100\"", "\u0100", ":", ",", "]", "}", "{\"a\"::1}", "{\"a\":1,,}"];
for (let i = 0; i < tokens.length; i++) attempt(tokens[i]);
// Sources V8 names without a token.
const special = ["undefined", "NaN", "Infinity", "[object Object]"];
for (let i = 0; i < special.length; i++) attempt(special[i]);
attempt(undefined);
attempt({});
attempt(NaN);
// Unexpected number / string where a literal was being read.
attempt("[01]");
attempt("01");
attempt("-01");
attempt("tr1");
attempt("tr\"");
attempt("n-");
// Numbers.
const numbers = ["-", "-x", "[-]", "1.", "1.e5", "[1.]", "1e", "1e+", "1E-", "[1e]", "-.5", "2.x"];
for (let i = 0; i < numbers.length; i++) attempt(numbers[i]);
// Strings.
const strings = ["\"abc", "\"abc\\\"", "\"a\\x\"", "\"\\a\"", "\"\\'\"", "\"a\nb\"", "\"\t\"", "\"\u0000\"", "\"\u001f\"",
  "\"\\u12G4\"", "\"\\u12\"", "\"\\u\"", "\"\\u", "\"\\u00", "\"\\U0041\"", "{\"a\nb\":1}", "[\"ok\",\"bad\\q\"]"];
for (let i = 0; i < strings.length; i++) attempt(strings[i]);
// Structure.
const structure = ["{", "{a:1}", "{'a':1}", "{1:2}", "{\"a\":1,}", "{\"a\":1,2:3}", "{\"a\" 1}", "{\"a\"", "{\"\":1",
  "{\"a\":1", "{\"a\":1 \"b\":2}", "[1 2]", "[1", "[true false]", "[nulll]", "{\n  \"a\" 1\n}", "[[1]]]"];
for (let i = 0; i < structure.length; i++) attempt(structure[i]);
// Trailing data.
const trailing = ["[1]x", "{\"a\":1} 2", "1 x", "123abc", "truex", "falsey", "[1,2] ]", "{\"a\":1}}", "\"a\"\"b\"", "null null", "0x10", "1 2"];
for (let i = 0; i < trailing.length; i++) attempt(trailing[i]);
// Valid edge cases next to the errors.
attempt(" [ ] ");
attempt("\"\\/\"");
attempt("\"\u2028\"");
attempt("-0.0e-0");
// The error object.
try {
  JSON.parse("{bad");
} catch (e) {
  console.log(e.name, e instanceof Error, e.constructor === SyntaxError, Object.keys(e).length, String(e));
}
