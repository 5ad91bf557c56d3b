// An uncaught URIError from decodeURIComponent ends the program with exit code 1 after the output.
console.log(decodeURIComponent('caf%C3%A9'));
console.log(decodeURIComponent('100%'));
console.log('not reached');
