// Math builtins — ECMA-262.
export function initMath(global: usize): void {
}
