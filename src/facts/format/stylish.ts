/**
 * Human output: findings grouped by file, `line:col  severity  message  code`, a code frame, a
 * hint, a count.
 */
import type { Finding } from "../diagnostics.ts";

export function stylish(findings: readonly Finding[], texts: ReadonlyMap<string, string>): string {
  if (findings.length === 0) return "";
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, list] of byFile) {
    out.push(file);
    const lines = texts.get(file)?.split("\n") ?? [];
    for (const f of [...list].sort((a, b) => a.line - b.line || a.column - b.column)) {
      out.push(`  ${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.code}`);
      out.push(...frame(lines[f.line - 1], f).map((l) => `    ${l}`));
      if (f.hint) out.push(`    hint: ${f.hint}`);
      for (const r of f.related ?? [])
        out.push(`    related: ${r.file}:${r.line}:${r.column}: ${r.message}`);
      if (f.url) out.push(`    docs: ${f.url}`);
    }
    out.push("");
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  out.push(
    `${findings.length} ${plural(findings.length, "problem")} (${errors} ` +
      `${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")})`,
  );
  return out.join("\n") + "\n";
}

/**
 * The finding's line with a caret under its column (and a tilde run to its end on the same line).
 */
function frame(line: string | undefined, f: Finding): string[] {
  if (line === undefined) return [];
  const gutter = `${f.line} | `;
  const width =
    f.endLine === f.line && f.endColumn !== undefined ? Math.max(1, f.endColumn - f.column) : 1;
  const shown = line.length > 160 ? clip(line, f.column) : { text: line, shift: 0 };
  const pad = " ".repeat(gutter.length + f.column - 1 - shown.shift);
  return [`${gutter}${shown.text}`, `${pad}^${"~".repeat(Math.min(width, 80) - 1)}`];
}

/** Long lines (a whole paragraph) are cut to a window around the column. */
function clip(line: string, column: number): { text: string; shift: number } {
  const start = Math.max(0, column - 60);
  const text =
    (start > 0 ? "…" : "") +
    line.slice(start, start + 140) +
    (start + 140 < line.length ? "…" : "");
  return { text, shift: start > 0 ? start - 1 : 0 };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
