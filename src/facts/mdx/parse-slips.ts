/**
 * The parse failures contributors make most, in words that say what to write: a callout never
 * closed, and a straight `"` inside a quoted attribute (which ends the value early). Any other
 * failure keeps the parser's own message.
 */

export interface Slip {
  offset: number;
  message: string;
  hint: string;
}

/** An unclosed `<name>` that opens at `offset`. */
export function unclosedTag(name: string, offset: number): Slip {
  return {
    offset,
    message:
      `Unexpected \`<${name}>\` that is not closed, expected \`</${name}>\` after its figure, ` +
      `in the same paragraph`,
    hint:
      `Close it after the figure, as in \`<${name} …>nearly 650</${name}>\`; a callout cannot ` +
      `span a blank line. Until it is closed the page is not checked: its callouts are not counted.`,
  };
}

// An attribute whose value is closed by a `"` and followed at once by more text: the `"` was one
// of the quoted words.
const CUT_VALUE = /([A-Za-z][\w-]*)="([^"]*)"(?=[^\s/>])/;
// The value as meant: up to the `"` that the tag's end or its next attribute follows.
const MEANT = /^(.*?)"(?=\s*(?:\/?>|[A-Za-z][\w-]*=))/s;

/**
 * A straight `"` inside a `name="…"` value, when the parser stopped in the tag that holds one
 * (`offset` is where it stopped); null for any other failure.
 */
export function straightQuote(text: string, offset: number, reason: string): Slip | null {
  if (!/character `"`|attribute/.test(reason)) return null;
  const tag = text.lastIndexOf("<", offset);
  if (tag < 0) return null;
  const m = CUT_VALUE.exec(text.slice(tag, offset + 1));
  if (!m) return null;
  const name = m[1] ?? "quote";
  const start = tag + m.index + name.length + 2;
  const meant = MEANT.exec(text.slice(start))?.[1];
  return {
    offset: tag + m.index + m[0].length - 1,
    message:
      `Unexpected straight \`"\` inside \`${name}="…"\`, which ends the value there, expected ` +
      `the value's words up to its closing \`"\``,
    hint: meant === undefined ? HOW : `${HOW} ${rewritten(name, meant)}`,
  };
}

const HOW =
  "Write the quotation marks inside the value as curly ones (`“…”`), which match the source's " +
  "straight or curly marks, or put the value in single quotes (`quote='…'`) when it holds no `'`.";

/** The attribute written both ways that parse, ready to paste. */
function rewritten(name: string, value: string): string {
  let marks = 0;
  const curly = value.replace(/"/g, () => (marks++ % 2 === 0 ? "“" : "”"));
  const single = value.includes("'") ? "" : ` or \`${name}='${value}'\``;
  return `Here: \`${name}="${curly}"\`${single}.`;
}
