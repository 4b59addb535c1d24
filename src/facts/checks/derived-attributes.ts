/** A `<Derived>` has a formula, and its attributes are plain strings of the expected form. */
import { derivedAttributesSchema } from "../schemas/derived.ts";
import type { DerivedCheck } from "./types.ts";

export const derivedAttributes: DerivedCheck = {
  codes: ["derived-invalid-attribute"],
  check({ file, derived, idTakenAt }, ctx) {
    if (idTakenAt !== null) {
      const id = derived.attributes.id ?? "";
      ctx.report({
        code: "derived-invalid-attribute",
        file,
        offset: derived.attributeOffsets.id ?? derived.start,
        message: `Unexpected second element with id \`${id}\`, expected ids unique on the page`,
        related: [{ file, offset: idTakenAt, message: "first element with this id" }],
      });
    }
    const written = new Set<string>();
    for (const p of derived.problems) {
      if (p.attribute === "") continue; // a problem of the figure: derived-figure-unreadable
      written.add(p.attribute);
      ctx.report({ code: "derived-invalid-attribute", file, offset: p.offset, message: p.message });
    }
    const result = derivedAttributesSchema.safeParse(derived.attributes);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? "");
      if (written.has(name) || issue.code === "unrecognized_keys") continue;
      const offset = derived.attributeOffsets[name] ?? derived.start;
      const message =
        name in derived.attributes
          ? `Unexpected \`${name}="${derived.attributes[name] ?? ""}"\`, expected ${issue.message}`
          : `Unexpected \`<Derived>\` without \`${name}\`, expected \`${name}="…"\`: a ` +
            `formula over fact ids, such as \`revenue-last-year / revenue-2010\``;
      ctx.report({
        code: "derived-invalid-attribute",
        file,
        offset,
        message,
        hint:
          'Write `<Derived formula="fact-a / fact-b" round="0.1">about 2.5 ' +
          "times</Derived>`, naming callouts by their `id`.",
      });
    }
  },
};
