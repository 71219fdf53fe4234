import { describe, expect, it } from "vitest";
import { failureLines } from "./failure-lines.ts";

describe("failureLines", () => {
  it("keeps Vitest's FAIL lines once each, without colour codes", () => {
    const output = [
      " \u001b[32m✓\u001b[39m src/a.test.ts (3 tests) 5ms",
      "\u001b[41m\u001b[1m FAIL \u001b[22m\u001b[49m src/b.test.ts\u001b[2m > \u001b[22mparses a line",
      "\u001b[41m\u001b[1m FAIL \u001b[22m\u001b[49m src/b.test.ts\u001b[2m > \u001b[22mparses a line",
      "      Tests  1 failed | 3 passed (4)",
    ].join("\n");
    expect(failureLines(output)).toEqual(["FAIL  src/b.test.ts > parses a line"]);
  });

  it("finds Playwright's, node --test's and the checks' failures, and passes nothing else", () => {
    const output = [
      "  ✓  12 tests/e2e/site.spec.ts:5:1 › / sends the reader home (845ms)",
      "  ✘  13 tests/e2e/site.spec.ts:9:1 › index links to the chapter (2.1s)",
      "    1) [chromium] › tests/e2e/site.spec.ts:9:1 › index links to the chapter",
      "  ✔ a syntax error names its line (1547ms)",
      "  ✖ Stop ends an endless loop (4368ms)",
      "✖ failing tests:",
      "- 2 errors",
      "- 0 errors",
      "[warn] src/x.ts",
      "  8:23  error  Unexpected control character  no-control-regex",
      "  9:1  warning  Unused directive",
    ].join("\r\n");
    expect(failureLines(output)).toEqual([
      "✘  13 tests/e2e/site.spec.ts:9:1 › index links to the chapter (2.1s)",
      "1) [chromium] › tests/e2e/site.spec.ts:9:1 › index links to the chapter",
      "✖ Stop ends an endless loop (4368ms)",
      "- 2 errors",
      "[warn] src/x.ts",
      "8:23  error  Unexpected control character  no-control-regex",
    ]);
  });
});
