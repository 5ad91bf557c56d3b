function tag(strings, ...values) {
  return JSON.stringify({ strings: [...strings], raw: strings.raw, values });
}
console.log(tag`hello ${1} world ${'two'}!`);
console.log(tag``);
console.log(tag`${'only'}`);
console.log(tag`line1\nline2 \u0041 ${0}`);

// strings array is frozen
function inspect(strings) {
  return [Object.isFrozen(strings), Object.isFrozen(strings.raw), Array.isArray(strings), strings.length];
}
console.log(inspect`a${1}b${2}c`);

// identity: same call site returns the same strings object
function identity(strings) { return strings; }
function site() { return identity`same site ${1}`; }
const s1 = site();
const s2 = site();
console.log(s1 === s2);
const s3 = identity`same site ${1}`;
console.log(s1 === s3);
const sites = [];
for (let i = 0; i < 3; i++) sites.push(identity`loop ${i}`);
console.log(sites[0] === sites[1], sites[1] === sites[2]);

// String.raw
console.log(String.raw`C:\new\table ${1 + 1}`);
console.log(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3));

// invalid escapes allowed in tagged templates: cooked is undefined
function cooked(strings) { return [strings[0], strings.raw[0]]; }
console.log(cooked`\unicode`);

// tag expression can be member access/call
const obj = {
  prefix: '>> ',
  tag(strings, ...vals) { return this.prefix + strings.join('|') + ':' + vals.join(','); },
};
console.log(obj.tag`x${1}y${2}z`);
function makeTag(p) { return (s, ...v) => p + s.raw.join('_') + v.length; }
console.log(makeTag('#')`a${0}b`);

// values evaluated in order, tag receives raw values (not strings)
const log = [];
function v(x) { log.push(x); return x; }
function types(s, ...vals) { return vals.map(x => typeof x); }
console.log(types`${v(1)}${v({})}${v(null)}${v(undefined)}`, log);

// html escaping tag
function html(strings, ...vals) {
  return strings.reduce((out, str, i) => out + str + (i < vals.length ? String(vals[i]).split('<').join('&lt;').split('>').join('&gt;') : ''), '');
}
console.log(html`<b>${'<script>'}</b>`);
