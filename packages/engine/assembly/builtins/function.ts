// Function builtins — ECMA-262.
export function initFunction(global: usize): void {
}
