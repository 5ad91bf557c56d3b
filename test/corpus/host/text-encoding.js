// TextEncoder/TextDecoder: UTF-8 of multi-byte text and surrogates, BOM handling, fatal mode,
// streaming. Byte sequences are printed through join so any byte container prints the same.
const enc = new TextEncoder();
const dec = new TextDecoder();
const show = (bytes) => bytes.length + ": " + Array.prototype.join.call(bytes, " ");
for (const s of ["", "abc", "é", "€", "☃ snow", "😀", "a\u0000b", "\uD800", "x\uDC00y", "\uD83D\uDE00\uD83D"]) {
  const bytes = enc.encode(s);
  console.log(JSON.stringify(s), show(bytes), JSON.stringify(dec.decode(bytes)));
}
console.log(enc.encoding, dec.encoding, dec.fatal, dec.ignoreBOM, enc.encode().length, enc.encode(undefined).length);
console.log(show(enc.encode(12.5)), show(enc.encode({ toString() { return "obj"; } })));

// Ill-formed input decodes with U+FFFD per maximal subpart.
const fromBytes = (list) => { const b = enc.encode("\u0000".repeat(list.length)); for (let i = 0; i < list.length; i++) b[i] = list[i]; return b; };
const cases = [[0xff], [0xc3], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80],
  [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80, 0x80], [0xef, 0xbb, 0xbf, 0x41], [0x41, 0xef, 0xbb, 0xbf]];
for (const c of cases) console.log(c.join(","), JSON.stringify(dec.decode(fromBytes(c))));

// ignoreBOM keeps the mark; fatal throws.
console.log(JSON.stringify(new TextDecoder("utf-8", { ignoreBOM: true }).decode(fromBytes([0xef, 0xbb, 0xbf, 0x42]))));
const fatal = new TextDecoder("utf8", { fatal: true });
console.log(fatal.fatal, fatal.decode(fromBytes([0x68, 0x69])));
try { fatal.decode(fromBytes([0x68, 0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder("latin-1000"); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder("utf-8", 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { TextDecoder(); } catch (e) { console.log(e.name, e.message); }
console.log(new TextDecoder(" UTF-8 ").encoding, new TextDecoder("Unicode-1-1-UTF-8").encoding);

// Streaming: a sequence split across calls is kept until complete.
const s = new TextDecoder();
const euro = enc.encode("€😀");
let out = "";
for (let i = 0; i < euro.length; i++) out += "[" + s.decode(fromBytes([euro[i]]), { stream: true }) + "]";
out += "[" + s.decode() + "]";
console.log(out);
const cut = new TextDecoder();
console.log(JSON.stringify(cut.decode(fromBytes([0xe2, 0x82]), { stream: true }) + "|" + cut.decode()));
