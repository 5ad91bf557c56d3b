// A rejection with a non-error value, from a derived promise whose handler threw.
Promise.resolve(1).then((v) => { console.log("handler", v); throw 42; });
Promise.resolve().then(() => console.log("other job"));
setTimeout(() => console.log("never"), 5);
