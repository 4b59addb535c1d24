/**
 * A derived figure's formula: numbers, fact ids, `+ - * /` and parentheses,
 * read by a small parser of its own into a small tree (the evaluator never sees
 * anything else, and nothing is `eval`ed). Fact ids hold hyphens, so a hyphen
 * between letters or digits belongs to the name, and minus is written with a
 * space on each side: `revenue-2010` is one fact, `a - b` a difference. Every
 * name and every refusal carries its exact place in the formula.
 */
export type Formula =
  | { type: "name"; name: string; index: number }
  | { type: "number"; value: number; raw: string }
  | { type: "op"; op: Operator; left: Formula; right: Formula };

export type Operator = "+" | "-" | "*" | "/";

export interface FormulaError {
  /** What is wrong, to follow "Unexpected formula …: ". */
  message: string;
  /** Offset in the formula text. */
  index: number;
}

/** A fact id, as the callout schema has it. */
const NAME = /^[A-Za-z][\w-]*$/;
const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)$/;

type Token =
  | { type: "op"; op: Operator; index: number }
  | { type: "open"; index: number }
  | { type: "close"; index: number }
  | { type: "word"; text: string; index: number }
  | { type: "other"; text: string; index: number };

/**
 * Splits a formula into operators, parentheses and words. A `-` is minus only with a space (or
 * the end) after it; otherwise it belongs to the word it touches, which is then no fact id.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    const minus = c === "-" && /^\s?$/.test(text[i + 1] ?? "");
    if (/\s/.test(c)) i++;
    else if (c === "(") tokens.push({ type: "open", index: i++ });
    else if (c === ")") tokens.push({ type: "close", index: i++ });
    else if (c === "+" || c === "*" || c === "/" || minus)
      tokens.push({ type: "op", op: c === "-" ? "-" : c, index: i++ });
    else if (/[\p{L}\p{N}_$.-]/u.test(c)) {
      const word = /^[\p{L}\p{N}_$.-]+/u.exec(text.slice(i))![0];
      tokens.push({ type: "word", text: word, index: i });
      i += word.length;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      tokens.push({ type: "other", text: char, index: i });
      i += char.length;
    }
  }
  return tokens;
}

/** Parses a formula, or says what in it is not allowed and where. */
export function parseFormula(text: string): { formula: Formula } | { error: FormulaError } {
  const tokens = tokenize(text);
  let k = 0;
  const refuse = (message: string, index: number): never => {
    throw new Refusal(message, index);
  };
  const end = () => ({ index: text.length });

  // expression := term (("+" | "-") term)* ; term := factor (("*" | "/") factor)*
  const expression = (): Formula => binary(term, ["+", "-"]);
  const term = (): Formula => binary(factor, ["*", "/"]);
  function binary(next: () => Formula, ops: Operator[]): Formula {
    let left = next();
    for (let t = tokens[k]; t?.type === "op" && ops.includes(t.op); t = tokens[k]) {
      k++;
      if (k >= tokens.length) refuse(`nothing after \`${t.op}\``, text.length);
      left = { type: "op", op: t.op, left, right: next() };
    }
    return left;
  }
  function factor(): Formula {
    const t =
      tokens[k++] ?? refuse("nothing where a number or a fact id was expected", end().index);
    if (t.type === "open") {
      const inner = expression();
      if (tokens[k]?.type !== "close") refuse("an unclosed `(`", t.index);
      k++;
      return inner;
    }
    if (t.type === "word") return word(t.text, t.index);
    if (t.type === "op")
      return refuse(`\`${t.op}\` where a number or a fact id was expected`, t.index);
    if (t.type === "close") return refuse("a `)` with no `(`", t.index);
    return refuse(other(t.text), t.index);
  }
  function word(w: string, index: number): Formula {
    if (NUMBER.test(w)) return { type: "number", value: Number(w), raw: w };
    if (tokens[k]?.type === "open" && tokens[k]!.index === index + w.length)
      refuse(`a function call \`${w}(…)\`: write the arithmetic with \`+ - * /\``, index);
    if (NAME.test(w) && !w.endsWith("-")) return { type: "name", name: w, index };
    const hint =
      w.startsWith("-") || w.endsWith("-")
        ? " (write minus with a space on each side: `a - b`)"
        : "";
    return refuse(`\`${w}\`, which is no fact id${hint}`, index);
  }

  try {
    if (tokens.length === 0) refuse("an empty formula", 0);
    const formula = expression();
    const rest = tokens[k];
    if (rest?.type === "close") refuse("a `)` with no `(`", rest.index);
    if (rest?.type === "other") refuse(other(rest.text), rest.index);
    // A word that is no fact id (`-b` in `a -b`) says more than "two terms".
    if (rest?.type === "word") word(rest.text, rest.index);
    if (rest) refuse("two terms with no operator between them", rest.index);
    return { formula };
  } catch (error) {
    if (error instanceof Refusal) return { error: { message: error.message, index: error.index } };
    throw error;
  }
}

function other(text: string): string {
  return `the character \`${text}\``;
}

class Refusal extends Error {
  readonly index: number;
  constructor(message: string, index: number) {
    super(message);
    this.index = index;
  }
}

/** The fact ids a formula names, in the order written. */
export function namesOf(formula: Formula): Extract<Formula, { type: "name" }>[] {
  if (formula.type === "name") return [formula];
  if (formula.type === "number") return [];
  return [...namesOf(formula.left), ...namesOf(formula.right)];
}

const PRECEDENCE: Record<Operator, number> = { "+": 1, "-": 1, "*": 2, "/": 2 };
const WORDS: Record<Operator, string> = {
  "+": "plus",
  "-": "minus",
  "*": "times",
  "/": "divided by",
};

/** A part of the formula in words: text, or the place of an input (the reader's note links it). */
export type WordPart = { text: string } | { name: string };

/**
 * The formula in words, with the parentheses it needs: `a / (b + c)` is "a divided by (b plus c)".
 */
export function inWords(
  formula: Formula,
  parent: Operator | null = null,
  right = false,
): WordPart[] {
  if (formula.type === "name") return [{ name: formula.name }];
  if (formula.type === "number") return [{ text: formula.raw }];
  const own = PRECEDENCE[formula.op];
  const outer = parent === null ? 0 : PRECEDENCE[parent];
  // Brackets where the written order would read otherwise: a lower operator inside, or the right
  // side of - and /.
  const brackets = own < outer || (right && own === outer && (parent === "-" || parent === "/"));
  const parts = [
    ...inWords(formula.left, formula.op),
    { text: ` ${WORDS[formula.op]} ` },
    ...inWords(formula.right, formula.op, true),
  ];
  return brackets ? [{ text: "(" }, ...parts, { text: ")" }] : parts;
}
