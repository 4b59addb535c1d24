/** GitHub Actions workflow commands, so that findings annotate the lines of a pull request. */
import type { Finding } from "../diagnostics.ts";

export function github(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const properties = [`file=${property(f.file)}`, `line=${f.line}`, `col=${f.column}`];
      if (f.endLine !== undefined) properties.push(`endLine=${f.endLine}`);
      if (f.endColumn !== undefined) properties.push(`endColumn=${f.endColumn}`);
      properties.push(`title=${property(f.code)}`);
      const body = f.hint ? `${f.message}\n${f.hint}` : f.message;
      return `::${f.severity === "error" ? "error" : "warning"} ${properties.join(",")}::${data(body)}\n`;
    })
    .join("");
}

// Escaping as the Actions toolkit does (toolkit/packages/core/src/command.ts).
function data(s: string): string {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function property(s: string): string {
  return data(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
