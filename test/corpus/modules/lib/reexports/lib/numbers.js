export const square = (n) => n * n;
export const cube = (n) => n * n * n;
export default function numbersDefault() { return 'numbers-default'; }
