export * from './strings.js';
export * as numbers from './numbers.js';
export { square as sq, default as numbersDefault } from './numbers.js';
export { default as stringsDefault, upper as shout } from './strings.js';
export const local = 'from index';
