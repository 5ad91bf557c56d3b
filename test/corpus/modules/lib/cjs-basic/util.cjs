exports.shout = (s) => s.toUpperCase() + '!';
exports.loadedCount = (exports.loadedCount || 0) + 1;
console.log('util.cjs evaluated');
