/**
 * "Copy citation" in a callout's note: the citation as one line of plain text, its quote in
 * quotation marks (a `<q>` draws them with CSS, so its text has none).
 */

export function citationText(cite: HTMLElement): string {
  const copy = cite.cloneNode(true) as HTMLElement;
  for (const q of copy.querySelectorAll("q")) q.replaceWith(`“${q.textContent ?? ""}”`);
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * Adds the copy button to a note (its citation is its first paragraph), where the browser lets a
 * page write to the clipboard.
 */
export function attachCopy(note: HTMLElement): void {
  const cite = note.querySelector<HTMLElement>(":scope > p");
  if (!cite || !("clipboard" in navigator)) return;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Copy citation";
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(citationText(cite)).then(
      () => (button.textContent = "Copied"),
      () => (button.textContent = "Copy failed: select the text"),
    );
  });
  note.append(" ", button);
}
