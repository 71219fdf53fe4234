// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "test-results/", "playwright-report/", "reports/", "public/runner/"] },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Template literals with numbers are how samples print timings; that is intended.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `() => resolve()` and `return controller.close()` read clearly; braces would add noise only.
      "@typescript-eslint/no-confusing-void-expression": "off",
    },
  },
  {
    files: ["src/content/**/*.ts"],
    rules: {
      // Teaching code: a request handler is async by contract even when its body has no await yet.
      "@typescript-eslint/require-await": "off",
      // Test samples declare node:test suites as its docs do; the runner, not the caller, awaits them.
      "@typescript-eslint/no-floating-promises": [
        "error",
        { allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["describe", "it"] }] },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
);
