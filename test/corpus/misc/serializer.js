// A hand-written JSON-like serializer and parser for plain data (no built-in JSON used).
function quote(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else out += code < 32 ? "\\u" + code.toString(16).padStart(4, "0") : ch;
  }
  return out + '"';
}
function serialize(v) {
  if (v === null || v === undefined || typeof v === "function") return "null";
  if (typeof v === "number") return v !== v || v === Infinity || v === -Infinity ? "null" : String(v);
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return quote(v);
  if (v instanceof Array) return "[" + v.map(serialize).join(",") + "]";
  const keys = Object.keys(v).filter((k) => v[k] !== undefined && typeof v[k] !== "function");
  return "{" + keys.map((k) => quote(k) + ":" + serialize(v[k])).join(",") + "}";
}
function parse(text) {
  let i = 0;
  const ws = () => { while (text[i] === " " || text[i] === "\n") i++; };
  function value() {
    ws();
    const ch = text[i];
    if (ch === "{" || ch === "[") {
      const isObj = ch === "{";
      const out = isObj ? {} : [];
      i++;
      ws();
      if (text[i] === (isObj ? "}" : "]")) return i++, out;
      for (;;) {
        if (isObj) {
          const k = value();
          ws();
          i++;
          out[k] = value();
        } else out.push(value());
        ws();
        if (text[i++] !== ",") return out;
      }
    }
    if (ch === '"') {
      let s = "";
      i++;
      while (text[i] !== '"') {
        if (text[i] === "\\") {
          i++;
          const e = text[i];
          if (e === "n") s += "\n";
          else if (e === "u") {
            s += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
            i += 4;
          } else s += e;
        } else s += text[i];
        i++;
      }
      i++;
      return s;
    }
    const words = ["true", "false", "null"];
    const lits = [true, false, null];
    for (let w = 0; w < 3; w++) if (text.startsWith(words[w], i)) return (i += words[w].length), lits[w];
    const start = i;
    while (i < text.length && "+-.0123456789eE".includes(text[i])) i++;
    return Number(text.slice(start, i));
  }
  return value();
}
const data = { name: "pgo", version: [1, 2, 0], nested: { ok: true, none: null, skip: undefined, fn() {} },
  tricky: 'quote " backslash \\ newline \n tab \t', nums: [0, -0, 1e21, 1e-7, NaN, -Infinity, 0.1], empty: {}, list: [] };
const compact = serialize(data);
console.log(compact);
const back = parse(compact);
console.log(back);
console.log(serialize(back) === compact, back.tricky === data.tricky, back.nums[2] === 1e21);
console.log(serialize([[[]], [{}], "é中😀"]), serialize("top"), serialize(undefined), serialize(-0));
