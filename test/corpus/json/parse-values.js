// JSON.parse — the JSON grammar: literals, numbers (through StringToNumber), strings with every
// escape, objects (insertion order, duplicate keys, __proto__ as a plain key) and arrays.
function show(text) {
  const v = JSON.parse(text);
  console.log(JSON.stringify(text), "->", typeof v, v);
}
show("true");
show("false");
show("null");
show(" \t\r\n 42 \n");
show("0");
show("-0");
console.log(1 / JSON.parse("-0"), 1 / JSON.parse("0"), 1 / JSON.parse("-0.0"), 1 / JSON.parse("-0e5"));
show("-12.5e3");
show("1E2");
show("1e-7");
show("6.02214076e+23");
show("0.1");
show("123456789012345678901234567890");
show("1e400");
show("-1e400");
show("5e-324");
show("2.2250738585072014e-308");
show("9007199254740993");
show("0.30000000000000004");
// Strings and escapes.
show('""');
show('"plain"');
show('"q\\"uote b\\\\slash s\\/lash"');
show('"\\b\\f\\n\\r\\t"');
show('"\\u0041\\u00e9\\u4e2d\\uFFFF"');
const pair = JSON.parse('"\\ud83d\\ude00"');
console.log(pair.length, pair.charCodeAt(0).toString(16), pair.charCodeAt(1).toString(16), pair === "\ud83d\ude00");
const lone = JSON.parse('"a\\uD800b\\uDC00"');
console.log(lone.length, lone.charCodeAt(1).toString(16), lone.charCodeAt(3).toString(16));
show('"caf\u00e9 \u4e2d\u6587 \ud83d\ude00"');
show('"\u2028\u2029\u007f"');
// Arrays.
show("[]");
show("[ ]");
show("[1,2,3]");
show('[ 1 , "two" , [ 3 , [ 4 ] ] , { } , null , true ]');
show("[[[[[[[[[[]]]]]]]]]]");
const arr = JSON.parse("[1,2,3]");
console.log(Array.isArray(arr), arr.length, arr.indexOf(2));
arr.push(4);
console.log(arr.join("|"));
// Objects.
show("{}");
show('{"a":1,"b":2,"c":3}');
show('{ "z" : 1 , "y" : { "x" : [ ] } }');
const order = JSON.parse('{"b":1,"a":2,"10":3,"2":4,"c":5,"1":6}');
console.log(Object.keys(order).join(","));
const dup = JSON.parse('{"a":1,"b":2,"a":3}');
console.log(Object.keys(dup).join(","), dup.a, dup.b);
const proto = JSON.parse('{"__proto__":{"x":1},"y":2}');
console.log(Object.keys(proto).join(","), proto.x, typeof proto.__proto__, proto instanceof Object);
console.log(JSON.parse('{"__proto__":null}').hasOwnProperty("__proto__"));
const esc = JSON.parse('{"k\\u0065y":"v","":"empty","a b":"space"}');
console.log(Object.keys(esc).join("|"), esc.key, esc[""], esc["a b"]);
const nested = JSON.parse('{"users":[{"name":"Ann","tags":["a","b"],"age":31},{"name":"Bob","tags":[],"age":null}],"count":2}');
console.log(nested.users[0].name, nested.users[0].tags.length, nested.users[1].age, nested.count);
console.log(nested);
const o = JSON.parse('{"a":1}');
o.b = 2;
console.log(o, o instanceof Object, o.hasOwnProperty("a"), o.constructor === Object);
// ToString of the argument.
console.log(JSON.parse(123), JSON.parse(true), JSON.parse(null), JSON.parse({ toString: function () { return "[7]"; } }));
console.log(JSON.parse(new String('"boxed"')), JSON.parse([5]));
// Round trips.
const texts = ['{"a":[1,2,{"b":null}],"c":"d"}', "[1.5,-2,3e-8]", '"\\u0000\\u001f"', "[]", "{}"];
for (let i = 0; i < texts.length; i++) console.log(JSON.stringify(JSON.parse(texts[i])));
console.log(typeof JSON, typeof JSON.parse, JSON.parse.length, JSON.stringify.length, JSON.parse.name);
