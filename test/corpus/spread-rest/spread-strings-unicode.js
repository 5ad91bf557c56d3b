const s = 'héllo wörld';
console.log([...s].length, s.length);

const emoji = '👍🏽👨‍👩‍👧';
console.log([...emoji].length, emoji.length);
console.log([...emoji].map(c => c.codePointAt(0).toString(16)));

const chars = [...'abc'].reverse().join('');
console.log(chars);

// spread string into function args
function firstTwo(a, b) { return a + '|' + b; }
console.log(firstTwo(...'xyz'));

// spread String object
console.log([...new String('ok')]);

// Array.from vs spread on strings
console.log(Array.from('ab𝒳'), [...'ab𝒳']);

// spread into Set to count unique characters
console.log(new Set([...'mississippi']).size);
console.log([...new Set('mississippi')].join(''));

// lone surrogate kept as one element
const lone = 'a\uD800b';
console.log([...lone].length, [...lone].map(c => c.charCodeAt(0)));

// spread empty string
console.log([...''], [...''].length);

// object spread of string with surrogate pair splits code units
console.log(Object.keys({ ...'😀' }));
