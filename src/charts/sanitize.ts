/**
 * Makes Plot's SVG fit for a page under a strict Content-Security-Policy and
 * for assistive technology: no inline style, a title and a description, links
 * that carry their own accessible name.
 */

export interface SvgNames {
  id: string;
  title: string;
  description: string;
}

/** Rewrites Plot's output in place. */
export function sanitizeSvg(svg: Element, names: SvgNames): void {
  // 1. Inline style: Plot's <style> element, any style attribute and its generated class.
  for (const style of [...svg.querySelectorAll("style")]) style.remove();
  for (const el of [svg, ...svg.querySelectorAll("[style]")]) el.removeAttribute("style");
  svg.setAttribute("class", "chart-svg");
  // 2. Size by the viewBox alone: the stylesheet makes it 100% wide.
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("font-size", "14");
  svg.removeAttribute("font-family");
  // 3. A group, not role="img": an image's children are presentational, and its links would be lost.
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-labelledby", `${names.id}-title`);
  svg.setAttribute("aria-describedby", `${names.id}-desc`);
  svg.setAttribute("id", names.id);
  const doc = svg.ownerDocument;
  const title = doc.createElementNS("http://www.w3.org/2000/svg", "title");
  title.setAttribute("id", `${names.id}-title`);
  title.textContent = names.title;
  const desc = doc.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.setAttribute("id", `${names.id}-desc`);
  desc.textContent = names.description;
  svg.prepend(title, desc);
  // 4. Each bar's link is named for its value; the drawn text repeats it and is hidden from screen readers.
  for (const link of [...svg.querySelectorAll("a")]) {
    const shape = link.querySelector("[aria-label]");
    if (!shape) continue;
    link.setAttribute("aria-label", shape.getAttribute("aria-label") ?? "");
    shape.removeAttribute("aria-label");
  }
  for (const g of [...svg.querySelectorAll(".chart-labels, .chart-values")])
    g.setAttribute("aria-hidden", "true");
}
