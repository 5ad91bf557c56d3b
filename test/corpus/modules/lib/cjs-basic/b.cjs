const a = require('./a.cjs');
exports.sawA = a.fromA;
