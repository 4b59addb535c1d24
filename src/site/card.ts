/**
 * A share card (1200 × 630, the Open Graph size) as SVG: the figure large, the source's words that
 * hold it, and the source, so that a shared link unfurls with its evidence. Text is laid out here
 * (SVG does not wrap): `measure` gives a string's advance width at a size, from the real font.
 */
import { escapeHtml } from "./passages.ts";

export const WIDTH = 1200;
export const HEIGHT = 630;
const PAD = 72;
const TEXT_WIDTH = WIDTH - 2 * PAD;
const INK = "#1c1c1f";
const MUTED = "#5a5a63";
const ACCENT = "#1b5aa3";
const HIT = "#f6cf55";
const PAPER = "#fbfaf7";

export type Face = "regular" | "bold" | "italic" | "semibold";
/** The advance width of `text` set in `face` at `size` px. */
export type Measure = (text: string, face: Face, size: number) => number;

export interface CardText {
  /** A small line at the top: what the card shows. */
  kicker: string;
  /** The figure, set large; absent on the site's own card. */
  figure: string;
  /** The source's words, in quotation marks. */
  quote: string | null;
  /** The source: title, author, date. */
  source: string;
}

/** Greedy line breaking at spaces; a word longer than the line stands alone on its line. */
export function wrap(text: string, width: number, fits: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && fits(tried) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest size from `sizes` at which `text` takes at most `maxLines` lines; at the smallest,
 * the lines that fit, the last ending in "…".
 */
function fit(
  text: string,
  face: Face,
  sizes: readonly number[],
  maxLines: (size: number) => number,
  width: number,
  measure: Measure,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(text, width, (l) => measure(l, face, size));
    if (lines.length <= maxLines(size)) return { size, lines };
  }
  const size = sizes.at(-1) as number;
  const lines = wrap(text, width, (l) => measure(l, face, size)).slice(0, maxLines(size));
  let last = lines.at(-1) ?? "";
  while (last && measure(`${last} …`, face, size) > width) last = last.replace(/\s*\S+$/, "");
  lines[lines.length - 1] = `${last} …`;
  return { size, lines };
}

function tspans(lines: readonly string[], x: number, lineHeight: number): string {
  return lines
    .map((l, k) => `<tspan x="${x}" dy="${k === 0 ? 0 : lineHeight}">${escapeHtml(l)}</tspan>`)
    .join("");
}

/** The card as an SVG document. */
export function cardSvg(card: CardText, measure: Measure): string {
  const font = `font-family="Source Sans 3"`;
  const parts: string[] = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${PAPER}"/>`,
    `<rect width="16" height="${HEIGHT}" fill="${ACCENT}"/>`,
    `<text x="${PAD}" y="${PAD + 20}" ${font} font-weight="600" font-size="26" ` +
      `letter-spacing="2" fill="${MUTED}">${escapeHtml(card.kicker.toUpperCase())}</text>`,
  ];
  let y = PAD + 60;
  // A number in large type on two lines at most; a figure that is a phrase smaller, on three.
  const figure = fit(
    card.figure,
    "bold",
    [120, 104, 88, 72, 60, 52, 44],
    (size) => (size >= 60 ? 2 : 3),
    TEXT_WIDTH,
    measure,
  );
  const figureLine = Math.round(figure.size * 1.08);
  y += figure.size;
  parts.push(
    `<text y="${y}" ${font} font-weight="700" font-size="${figure.size}" ` +
      `fill="${INK}">${tspans(figure.lines, PAD, figureLine)}</text>`,
  );
  y += (figure.lines.length - 1) * figureLine;
  const bottom = HEIGHT - PAD;
  if (card.quote) {
    // From under the figure to above the source's rule.
    const room = bottom - 70 - (y + 40);
    const lineHeight = (size: number) => Math.round(size * 1.3);
    const quote = fit(
      `“${card.quote}”`,
      "italic",
      [38, 34, 30, 27],
      (size) => Math.max(1, Math.floor(room / lineHeight(size))),
      TEXT_WIDTH - 32,
      measure,
    );
    const { lines } = quote;
    const top = y + 40;
    parts.push(
      `<rect x="${PAD}" y="${top}" width="6" height="${lines.length * lineHeight(quote.size)}" fill="${HIT}"/>`,
      `<text y="${top + quote.size}" ${font} font-style="italic" font-size="${quote.size}" ` +
        `fill="${INK}">${tspans(lines, PAD + 32, lineHeight(quote.size))}</text>`,
    );
  }
  const source = fit(card.source, "semibold", [28, 24], () => 1, TEXT_WIDTH, measure);
  parts.push(
    `<rect x="${PAD}" y="${bottom - 44}" width="${TEXT_WIDTH}" height="1" fill="${MUTED}"/>`,
    `<text x="${PAD}" y="${bottom}" ${font} font-weight="600" font-size="${source.size}" ` +
      `fill="${MUTED}">${escapeHtml(source.lines[0] ?? "")}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join("")}</svg>`;
}
