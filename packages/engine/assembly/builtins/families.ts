// The builtin families, each in its own file, registered here in initialization order.
import { initFunction } from "./function";
import { initArray } from "./array";
import { initString } from "./string";
import { initNumber } from "./number";
import { initMath } from "./math";

export function initBuiltinFamilies(global: usize): void {
  initFunction(global);
  initArray(global);
  initString(global);
  initNumber(global);
  initMath(global);
}
