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
    files: ["**/*.astro"],
    // astro-eslint-parser takes a project, not the project service.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // The parser cannot type markup or `astro:content`, so every expression that returns markup
      // or reads a collection entry is "error typed"; tsc (npm run lint) types these files.
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // Scripts bundled for the browser.
    files: ["src/components/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    files: ["tests/**/*.ts"],
    rules: {
      // Vitest types its asymmetric matchers (`expect.stringContaining(…)`) as `any`.
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },

  {
    rules: {
      // An async function that fulfils a Promise-returning interface (a CLI's `main`, an `Io`'s
      // `stdin`) turns a throw into a rejection, which its callers rely on; await or not.
      "@typescript-eslint/require-await": "off",
      // `_name` marks a parameter that a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
);
