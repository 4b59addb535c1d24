/** Character classes by code, with an ASCII fast path: the scanners that call these run over every source. */

const SPACE = /\s/u;

/** What `/\s/` matches, for a code point (or a UTF-16 code unit: no space lies outside the BMP). */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCodePoint(code));
}
