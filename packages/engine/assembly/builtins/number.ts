// Number builtins — ECMA-262.
export function initNumber(global: usize): void {
}
