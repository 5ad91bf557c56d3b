// String builtins — ECMA-262.
export function initString(global: usize): void {
}
