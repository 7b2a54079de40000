/** Character tests used by the hand-written scanners, each equal to a regular-expression class. */

/** \s in JavaScript regular expressions. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** \w without the u flag: [A-Za-z0-9_]. */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** \d: [0-9]. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
