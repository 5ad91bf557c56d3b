// Function.prototype.toString of functions from another module: the text as written in that
// file (this program imports, so it is bundled and esbuild reprints the code).
import shapesDefault, { spaced, arrow, asyncArrow, Shape, methods } from './lib/tostring-shapes.js';

function local ( ) {  return 'local' } // this file's own functions too

console.log(spaced.toString());
console.log(arrow.toString(), '|', asyncArrow.toString());
console.log(Shape.toString());
console.log(Shape.create.toString(), '|', Shape.prototype.area.toString());
console.log(Object.getOwnPropertyDescriptor(Shape.prototype, 'side').get.toString());
console.log(methods.quoted.toString(), '|', methods.gen.toString(), '|', methods.am.toString());
console.log(shapesDefault.toString());
console.log(local.toString(), String(() =>   1));
