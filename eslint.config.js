// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The layer rules, held here rather than in a reviewer's memory. Each is a group of import
// patterns with the reason it is banned; `restrictImports` combines the ones that apply to a file,
// because a later config object's options for a rule replace an earlier one's instead of adding up.
const nodeBuiltins = {
  group: ["node:*"],
  message:
    "Node built-ins belong in *.node.ts files, scripts/, tests/ and configs; the browser cannot load them.",
};
const testCode = {
  group: ["**/tests/**"],
  message: "Site code must not depend on test code; move what both need into src/.",
};
const components = {
  group: ["**/components/**"],
  message:
    "The runner and the timeline sit below the components: the components import them, never the reverse.",
};

/**
 * The `no-restricted-imports` setting for files under every one of `patterns`.
 *
 * @param {...{ group: string[]; message: string }} patterns
 * @returns {NonNullable<import("typescript-eslint").ConfigWithExtends["rules"]>}
 */
function restrictImports(...patterns) {
  return { "no-restricted-imports": ["error", { patterns }] };
}

const code = ["**/*.ts", "**/*.js", "**/*.mjs"];
const unitTests = ["**/*.test.ts"];
const nodeFiles = ["**/*.node.ts"];
// Samples and exercises are teaching code that runs under Node; their tests import node:test.
const samples = ["src/content/**"];
const runnerAndTimeline = ["src/runner/**", "src/timeline/**"];

/**
 * Later objects win: from every file, down to the runner's and the timeline's own kinds of file.
 *
 * @type {import("typescript-eslint").ConfigWithExtends[]}
 */
const layerRules = [
  { files: code, rules: restrictImports(nodeBuiltins) },
  {
    files: ["scripts/**", "tests/**", "*.config.*", ...unitTests, ...nodeFiles, ...samples],
    rules: { "no-restricted-imports": "off" },
  },
  // Unit tests beside the code may use the shared fakes in tests/: a test importing a test helper.
  {
    files: ["src/**"],
    ignores: [...unitTests, ...nodeFiles, ...samples],
    rules: restrictImports(nodeBuiltins, testCode),
  },
  { files: ["src/**/*.node.ts", ...samples], rules: restrictImports(testCode) },
  {
    files: runnerAndTimeline,
    ignores: [...unitTests, ...nodeFiles],
    rules: restrictImports(nodeBuiltins, testCode, components),
  },
  {
    files: runnerAndTimeline.map((folder) => `${folder}/*.node.ts`),
    rules: restrictImports(testCode, components),
  },
  { files: runnerAndTimeline.map((folder) => `${folder}/*.test.ts`), rules: restrictImports(components) },
];

export default tseslint.config(
  {
    ignores: [
      "dist/",
      ".astro/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "reports/",
      "public/runner/",
      "public/python/",
      // Its own package, with its own Astro and Starlight: the bench installs and builds it.
      "bench/starlight-twin/",
    ],
  },
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
  ...layerRules,
);
