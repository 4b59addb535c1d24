import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The real site is built once per run and shared (tests/helpers/built-site.ts).
    globalSetup: ["tests/setup/built-site.ts"],
    // In CI, also a JSON report, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ["default", ["json", { outputFile: "tmp/vitest-report.json" }]]
      : ["default"],
    // Build and CLI tests run real processes; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
