import { codeToHtml, type ShikiTransformer } from "shiki";
import { describe, expect, it } from "vitest";
import { patientTokenizer } from "./patient-tokenizer.ts";

/** A line long enough that tokenizing it takes more than a microsecond. */
const longLine = `const values = [${Array.from({ length: 400 }, (_, index) => `"item-${String(index)}"`).join(", ")}];`;

/** How many coloured spans the line comes out in (as Astro renders it: through codeToHtml). */
const tokensOf = async (transformers: ShikiTransformer[], tokenizeTimeLimit?: number) => {
  const html = await codeToHtml(longLine, {
    lang: "ts",
    theme: "light-plus",
    transformers,
    ...(tokenizeTimeLimit === undefined ? {} : { tokenizeTimeLimit }),
  });
  return html.split("<span style=").length - 1;
};

describe("patientTokenizer", () => {
  it("reaches Shiki: an option set in preprocess is the one the tokenizer uses", async () => {
    const impatient: ShikiTransformer = {
      preprocess(_code, options) {
        options.tokenizeTimeLimit = 0.000001;
      },
    };
    // The same line cut short by a limit set through preprocess comes out in fewer tokens.
    expect(await tokensOf([impatient])).toBeLessThan(await tokensOf([]));
  });

  it("lifts the limit that the caller set", async () => {
    expect(await tokensOf([patientTokenizer], 0.000001)).toBe(await tokensOf([]));
  });
});
