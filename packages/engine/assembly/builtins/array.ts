// Array builtins — ECMA-262.
export function initArray(global: usize): void {
}
