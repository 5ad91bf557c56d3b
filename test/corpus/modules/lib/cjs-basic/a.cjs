exports.fromA = 'a-early';
const b = require('./b.cjs');
exports.seenFromB = b.sawA;
exports.fromA = 'a-final';
