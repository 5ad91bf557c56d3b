// Second CommonJS module: requires the first one, so the module cache is shared.
const helper = require("./cjs-helper.cjs");

console.log("[cjs-extra.cjs evaluated]");

exports.shout = function (name) {
  return helper.greet(name).toUpperCase();
};
exports.helperCalls = function () {
  return helper.callCount();
};
