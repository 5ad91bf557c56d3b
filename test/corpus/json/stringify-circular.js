// JSON.stringify on cyclic structures — node's TypeError message: the object the cycle starts at,
// the path back to it (two lines, an ellipsis, the last line), keys as properties or indices.
function attempt(label, value, replacer, space) {
  try {
    console.log(label, JSON.stringify(value, replacer, space));
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name);
    console.log(e.message);
  }
}
const self = { name: "self" };
self.self = self;
attempt("self", self);
const a = { kind: "a" };
const b = { kind: "b", a: a };
a.b = b;
attempt("two objects", a);
attempt("from b", b);
attempt("wrapped", { outer: { inner: a } });
const list = [1, 2];
list.push(list);
attempt("array self", list);
const mixed = [0, { y: [2] }];
mixed[1].y.push(mixed);
attempt("mixed", mixed);
const long = { p: { q: { r: { s: { t: {} } } } } };
long.p.q.r.s.t.u = long.p;
attempt("long", { root: long });
const four = { a: { b: { c: {} } } };
four.a.b.c.d = four.a;
attempt("four", four);
const five = { a: { b: { c: { d: {} } } } };
five.a.b.c.d.e = five;
attempt("five", five);
function Node(name) { this.name = name; this.children = []; }
const parent = new Node("parent");
const child = new Node("child");
parent.children.push(child);
child.parent = parent;
attempt("constructors", parent);
function Other() { this.me = this; }
attempt("own constructor", new Other());
const anon = {};
anon[""] = anon;
attempt("anonymous key", anon);
const nullProto = Object.create(null);
nullProto.loop = nullProto;
attempt("null prototype", nullProto);
const inArray = { items: [{ id: 1 }] };
inArray.items[0].owner = inArray.items;
attempt("index key", inArray);
// Repeated (not cyclic) references are fine.
const shared = { v: 1 };
attempt("shared", { first: shared, second: shared, list: [shared, shared] });
// The cycle check sees toJSON and replacer results.
const viaToJSON = { toJSON: function () { return viaToJSON; } };
attempt("toJSON returns itself", { x: viaToJSON });
const viaReplacer = { a: 1 };
attempt("replacer cycle", viaReplacer, function (k, v) { return k === "a" ? viaReplacer : v; });
// A replacer that breaks the cycle avoids the error; indentation does not change the message.
attempt("broken by replacer", self, function (k, v) { return k === "self" ? "[Circular]" : v; });
attempt("broken by list", self, ["name"]);
attempt("with space", self, null, 2);
// After an error the next call starts with an empty stack.
attempt("after", { ok: [1, { fine: true }] });
