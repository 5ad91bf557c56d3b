// The smallest program: what startup costs when there is nothing else to do.
console.log("hello, world");
