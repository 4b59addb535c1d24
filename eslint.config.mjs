// @ts-check
import eslint from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", ".astro/", "tmp/", "node_modules/", "sources/", "tests/fixtures/"]),

  // Scripts, tests and the build run on Node.
  { languageOptions: { globals: { ...globals.nodeBuiltin } } },

  eslint.configs.recommended,

  // Type-aware rules pay here: the engine passes offsets, findings and parsed values between
  // modules, and an `any` or a forgotten promise would slip through plain rules.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Astro components, and accessibility rules for their markup.
  astro.configs.recommended,
  astro.configs["jsx-a11y-recommended"],
  {
    // Scripts bundled for the browser.
    files: ["src/components/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    rules: {
      // `_name` marks a parameter that a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
);
