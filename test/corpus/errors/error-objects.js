// Built-in error constructors: name, message, instanceof, String(e) and custom fields.
const errors = [
  new Error("plain"),
  new TypeError("wrong type"),
  new RangeError("out of range"),
  new ReferenceError("no such ref"),
  new SyntaxError("bad syntax"),
  new Error(""),
  new Error(),
  new TypeError(42),
  new RangeError(undefined),
];
for (const e of errors) {
  console.log("[" + e.name + "]", "[" + e.message + "]", e instanceof Error, "[" + String(e) + "]");
}
try {
  throw new TypeError("thrown type error");
} catch (e) {
  console.log(e.name, e.message, e instanceof TypeError, e instanceof Error, e instanceof RangeError);
  console.log(String(e), "" + e, `${e}`);
}
const noNew = Error("called without new");
console.log(noNew instanceof Error, noNew.message, String(noNew));
const custom = new Error("with extras");
custom.code = "E_CUSTOM";
custom.status = 418;
console.log(custom.code, custom.status, custom.message, Object.keys(custom));
const renamed = new Error("renamed");
renamed.name = "MyError";
console.log(String(renamed), renamed instanceof Error);
const blankName = new Error("msg only");
blankName.name = "";
console.log("[" + String(blankName) + "]");
const noMsg = new RangeError();
console.log("[" + String(noMsg) + "]", noMsg.message === "", typeof noMsg.message);
function ValidationError(field, message) {
  this.name = "ValidationError";
  this.field = field;
  this.message = message;
}
ValidationError.prototype = new Error();
const ve = new ValidationError("email", "must contain @");
console.log(ve instanceof ValidationError, ve instanceof Error, String(ve), ve.field);
try {
  throw ve;
} catch (e) {
  if (e instanceof ValidationError) console.log("caught validation error on", e.field + ":", e.message);
}
function describe(e) {
  if (e instanceof TypeError) return "type problem: " + e.message;
  if (e instanceof RangeError) return "range problem: " + e.message;
  if (e instanceof Error) return "generic " + e.name + ": " + e.message;
  return "not an error: " + String(e);
}
console.log(errors.map(describe).join(" | "));
console.log(typeof new Error("x"), typeof Error, new Error("m").message.length);
