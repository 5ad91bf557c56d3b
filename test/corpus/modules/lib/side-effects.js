// Prints at evaluation time; importing it twice must still evaluate it only once.
import { increment } from "./counter.js";

console.log("[side-effects.js evaluated]");
increment(100);

export const loadedAt = "module-eval";
export function describe() {
  return "side-effects module (" + loadedAt + ")";
}
