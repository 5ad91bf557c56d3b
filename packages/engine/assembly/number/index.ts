// Number <-> String conversions of the engine, as ECMA-262 specifies them and
// node (V8) produces them. All functions work on raw linear memory and static
// scratch buffers only (no allocation). Strings are UTF-16 code units:
// producers write to a caller buffer `out` (1200 code units always suffice)
// and return the number written, or -1 where the spec throws a RangeError;
// consumers read ptr[0..len).
//
//   dtoa.ts          shortest round-trip digits (Ryū)
//   pow5.ts          Ryū's 125-bit powers of five (tables: pow5-table.ts)
//   exact.ts         exactly rounded fixed / precision digits (bignum)
//   bigint-scratch.ts  static-memory big integers
//   format.ts        Number::toString, toFixed, toExponential, toPrecision
//   radix.ts         Number::toString(x, radix) (V8's DoubleToRadixCString)
//   strtod.ts        correctly rounded decimal -> double
//   parse.ts         StringToNumber, parseFloat
//   parse-int.ts     parseInt, power-of-two radix conversion
//   chars.ts         code unit helpers, StrWhiteSpaceChar

export { NumberToString, NumberToFixed, NumberToExponential, NumberToPrecision } from "./format";
export { NumberToStringRadix } from "./radix";
export { StringToNumber, ParseFloat } from "./parse";
export { ParseInt } from "./parse-int";
