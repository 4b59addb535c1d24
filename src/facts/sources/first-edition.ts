/**
 * A first reading edition for a new raw text: one block per run of lines with
 * text, each listing its raw lines, with no change. It proves against the raw
 * text as it is; splitting, moving and correcting come later, declared.
 */
export function firstEdition(raw: string): string {
  const lines = raw.split("\n");
  const blocks: string[] = [];
  let from = -1;
  for (let k = 0; k <= lines.length; k++) {
    const blank = k === lines.length || (lines[k] ?? "").trim() === "";
    if (!blank && from < 0) from = k;
    if (!blank || from < 0) continue;
    const text = lines
      .slice(from, k)
      .map((l) => l.trim())
      .join(" ");
    const range = k - from === 1 ? `${from + 1}` : `${from + 1}-${k}`;
    blocks.push(`@@ p${String(blocks.length + 1).padStart(2, "0")} paragraph ${range}\n${text}\n`);
    from = -1;
  }
  return blocks.join("\n");
}
