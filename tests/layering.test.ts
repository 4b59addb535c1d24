/** Data flows one way: sources -> facts engine -> pages. The engine imports no Astro and no site code. */
import { expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

it("src/facts imports neither Astro nor the site, and does its I/O only in load.ts", () => {
  for (const file of files("src/facts")) {
    const text = readFileSync(file, "utf8");
    const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
    for (const spec of imports) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(
        /^astro|^@astrojs|\/(integration|site|components|pages|layouts)\//,
      );
      if (!file.endsWith("load.ts")) expect(spec, `${file} does I/O`).not.toMatch(/^node:fs/);
    }
    expect(text, `${file} prints`).not.toMatch(/console\.|process\.(stdout|stderr|exit)/);
  }
});
