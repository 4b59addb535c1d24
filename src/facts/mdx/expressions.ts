/**
 * What readers see of an MDX expression: `{"more than"}` shows `more than`, `{" "}` a space, and
 * a comment nothing. The check reads these words as it reads the text around them, so that an
 * expression is no way to hide a hedge or a number from it.
 */

const STRING_LITERAL = /(["'`])((?:\\.|(?!\1)[^\\])*)\1/gsu;
const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/gu;
const ESCAPE = /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\n|.)/gsu;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", "\n": "" };

/** The string literals of an expression, decoded, as it renders them (a template's `${…}` left out). */
export function expressionStrings(value: string): string[] {
  const code = value.replace(COMMENT, " ");
  return [...code.matchAll(STRING_LITERAL)].map((m) => {
    const body = m[1] === "`" ? (m[2] ?? "").replace(/\$\{[^}]*\}/gu, "") : (m[2] ?? "");
    return body.replace(ESCAPE, (_, e: string) => {
      if (e.startsWith("u") || e.startsWith("x")) {
        const code = parseInt(e.replace(/^[ux]\{?|\}$/gu, ""), 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
      return SIMPLE_ESCAPES[e] ?? e;
    });
  });
}

/**
 * The text an expression shows: its strings when it has any, nothing when it holds only comments
 * or space, and otherwise its code, which is what a number literal (`{21.7}`) renders.
 */
export function expressionText(value: string): string {
  const strings = expressionStrings(value);
  if (strings.length > 0) return strings.join("");
  return value.replace(COMMENT, "").trim() === "" ? "" : value;
}
