/**
 * A derived figure's formula: numbers, fact ids, `+ - * /` and parentheses,
 * parsed by jsep and checked into a small tree of our own (the evaluator never
 * sees anything else, and nothing is `eval`ed). Fact ids hold hyphens, so a
 * hyphen between letters or digits belongs to the name, and minus is written
 * with a space on each side: `revenue-2010` is one fact, `a - b` a difference.
 */
import jsep from "jsep";

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

const OPERATORS = new Set<string>(["+", "-", "*", "/"]);
/** A fact id, as the callout schema has it. */
const NAME = /^[A-Za-z][\w-]*$/;

/** Parses a formula, or says what in it is not allowed and where. */
export function parseFormula(text: string): { formula: Formula } | { error: FormulaError } {
  let tree: jsep.Expression;
  // jsep's identifier characters are global: add the hyphen for this call only, so that nothing
  // else parses differently.
  jsep.addIdentifierChar("-");
  try {
    tree = jsep(text);
  } catch (error) {
    const e = error as { description?: string; message: string; index?: number };
    return { error: { message: e.description ?? e.message, index: e.index ?? 0 } };
  } finally {
    jsep.removeIdentifierChar("-");
  }
  const names = { text, from: 0 };
  try {
    return { formula: convert(tree, names) };
  } catch (error) {
    if (error instanceof Refusal) return { error: { message: error.message, index: error.index } };
    throw error;
  }
}

class Refusal extends Error {
  readonly index: number;
  constructor(message: string, index: number) {
    super(message);
    this.index = index;
  }
}

/**
 * jsep's tree to ours; `names.from` walks the text so that each name is placed where it is written.
 */
function convert(node: jsep.Expression, names: { text: string; from: number }): Formula {
  if (node.type === "Literal" && typeof node.value === "number")
    return { type: "number", value: node.value, raw: (node as jsep.Literal).raw };
  if (node.type === "Identifier") {
    const name = (node as jsep.Identifier).name;
    const index = Math.max(0, names.text.indexOf(name, names.from));
    names.from = index + name.length;
    if (!NAME.test(name) || name.endsWith("-")) {
      const hint =
        name.startsWith("-") || name.endsWith("-")
          ? " (write minus with a space on each side: `a - b`)"
          : "";
      throw new Refusal(`\`${name}\`, which is no fact id${hint}`, index);
    }
    return { type: "name", name, index };
  }
  if (node.type === "BinaryExpression" && OPERATORS.has((node as jsep.BinaryExpression).operator)) {
    const binary = node as jsep.BinaryExpression;
    const left = convert(binary.left, names);
    const right = convert(binary.right, names);
    return { type: "op", op: binary.operator as Operator, left, right };
  }
  // "a ÷ b" parses as three names side by side (jsep reads non-ASCII as letters): name the
  // stranger.
  const stranger =
    node.type === "Compound"
      ? (node.body as jsep.Expression[]).find(
          (b) => b.type === "Identifier" && !NAME.test((b as jsep.Identifier).name),
        )
      : undefined;
  if (stranger) return convert(stranger, names);
  const what =
    node.type === "Compound" ? "two terms with no operator between them" : describeNode(node);
  throw new Refusal(what, names.from);
}

function describeNode(node: jsep.Expression): string {
  if (node.type === "BinaryExpression" || node.type === "UnaryExpression")
    return `the operator \`${(node as jsep.BinaryExpression | jsep.UnaryExpression).operator}\``;
  if (node.type === "Literal") return `the ${typeof node.value} \`${(node as jsep.Literal).raw}\``;
  return `a ${node.type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`;
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
