/**
 * Share cards drawn at build time: the SVG of card.ts rendered to PNG by resvg, with Source Sans 3
 * (OFL, from @expo-google-fonts/source-sans-3) and no system font, so that every machine draws the
 * same card. Text is measured with the same renderer and fonts.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { cardSvg, type CardText, type Face } from "./card.ts";

const require = createRequire(import.meta.url);
const FILES: Record<Face, string> = {
  regular: "400Regular/SourceSans3_400Regular.ttf",
  semibold: "600SemiBold/SourceSans3_600SemiBold.ttf",
  bold: "700Bold/SourceSans3_700Bold.ttf",
  italic: "400Regular_Italic/SourceSans3_400Regular_Italic.ttf",
};
const STYLE: Record<Face, string> = {
  regular: "",
  semibold: `font-weight="600"`,
  bold: `font-weight="700"`,
  italic: `font-style="italic"`,
};

let fontFiles: string[] | null = null;
function fonts() {
  fontFiles ??= Object.values(FILES).map((f) =>
    require.resolve(`@expo-google-fonts/source-sans-3/${f}`),
  );
  return { loadSystemFonts: false, fontFiles, defaultFontFamily: "Source Sans 3" };
}

/** Ink width of `text` at 100 px, as resvg lays it out. */
function inkWidth(text: string, face: Face): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="10" y="150" font-family="Source Sans 3" ${STYLE[face]} font-size="100" xml:space="preserve">${text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</text></svg>`;
  return new Resvg(svg, { font: fonts() }).getBBox()?.width ?? 0;
}

const advances = new Map<string, number>();

/** A character's advance at 100 px: the ink of `HcH` less that of `HH`, kerning aside. */
function advance(char: string, face: Face): number {
  const key = `${face}\u0000${char}`;
  let width = advances.get(key);
  if (width === undefined) {
    width = inkWidth(`H${char}H`, face) - inkWidth("HH", face);
    advances.set(key, width);
  }
  return width;
}

function measure(text: string, face: Face, size: number): number {
  let width = 0;
  for (const char of text) width += advance(char, face);
  return (width * size) / 100;
}

const drawn = new Map<string, Buffer>();

/** The card as PNG; the same card is drawn once per build, however many pages share it. */
export function cardPng(card: CardText): Buffer {
  const key = JSON.stringify(card);
  let png = drawn.get(key);
  if (!png) {
    png = new Resvg(cardSvg(card, measure), { font: fonts() }).render().asPng();
    drawn.set(key, png);
  }
  return png;
}
