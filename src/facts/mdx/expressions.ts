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
  return literals(value).map((l) => l.text);
}

/**
 * The text an expression shows: its strings when it has any (joined as `+` joins them, and by a
 * space where other code stands between, as in `["more", "than"].join(" ")`), nothing when it
 * holds only comments or space, and otherwise its code, which is what a number literal (`{21.7}`)
 * renders.
 */
export function expressionText(value: string): string {
  const found = literals(value);
  if (found.length === 0) return value.replace(COMMENT, "").trim() === "" ? "" : value;
  const code = value.replace(COMMENT, " ");
  return found
    .map((l, k) => {
      const gap = k === 0 ? "" : code.slice(found[k - 1]!.end, l.start);
      return (k === 0 || /^[\s+]*$/u.test(gap) ? "" : " ") + l.text;
    })
    .join("");
}

function literals(value: string): { text: string; start: number; end: number }[] {
  const code = value.replace(COMMENT, " ");
  return [...code.matchAll(STRING_LITERAL)].map((m) => {
    const body = m[1] === "`" ? (m[2] ?? "").replace(/\$\{[^}]*\}/gu, "") : (m[2] ?? "");
    const text = body.replace(ESCAPE, (_, e: string) => {
      if (e.startsWith("u") || e.startsWith("x")) {
        const point = parseInt(e.replace(/^[ux]\{?|\}$/gu, ""), 16);
        return point <= 0x10ffff ? String.fromCodePoint(point) : "";
      }
      return SIMPLE_ESCAPES[e] ?? e;
    });
    return { text, start: m.index, end: m.index + m[0].length };
  });
}
