// parseInt and parseFloat: radix handling, prefixes, whitespace, junk.
function showInt(s, radix) {
  const r = radix === undefined ? parseInt(s) : parseInt(s, radix);
  console.log("parseInt(" + (typeof s === "string" ? "'" + s + "'" : String(s)) +
    (radix === undefined ? "" : ", " + radix) + ") =", r);
}
showInt("42");
showInt("   42");
showInt("\n\t 42 apples");
showInt("42px");
showInt("3.99");
showInt("-17");
showInt("+17");
showInt("-0");
showInt("0x1f");
showInt("0X1F");
showInt("-0x1f");
showInt("0x1f", 16);
showInt("0x1f", 10);
showInt("1f", 16);
showInt("ff", 16);
showInt("FF", 16);
showInt("z", 36);
showInt("Zz", 36);
showInt("101", 2);
showInt("102", 2);
showInt("2", 2);
showInt("777", 8);
showInt("12", 0);
showInt("12", 1);
showInt("12", 37);
showInt("");
showInt("   ");
showInt("abc");
showInt("0b101");
showInt("1e3");
showInt("123456789012345678901234567890");
showInt(null);
showInt(undefined);
showInt("Infinity");
showInt(15.99);
showInt(-15.99);
showInt(0.0000005);
console.log(1 / parseInt("-0"));
function showFloat(s) {
  console.log("parseFloat('" + s + "') =", parseFloat(s));
}
const floats = ["3.14abc", ".5", "-.5e3", "Infinity", "-Infinity", "Infinityx",
  "  1.25  ", "1e", "1e+", "1e-2x", "0x10", "1.2.3", "", "-", ".", "+.1",
  "5e-324", "1e400", "-0", "12e-1000", "0.1e1", "00012", "1_000", "infinity"];
for (let i = 0; i < floats.length; i++) {
  showFloat(floats[i]);
}
console.log(parseFloat(3.5), parseFloat(null), parseFloat(true));
