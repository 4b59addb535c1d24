import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Build and CLI tests run real processes; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
