import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import githubLight from "shiki/themes/github-light.mjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { astroCodeHtml } from "./cached-code.node.ts";
import { codeColours } from "./code-colours.ts";
import { codeThemes } from "./code-themes.ts";
import { compactCode } from "./compact-code.ts";
import { createHighlightCache, highlightKey, type HighlightInput } from "./highlight-cache.node.ts";
import { patientTokenizer } from "./patient-tokenizer.ts";

const base: HighlightInput = {
  code: "async def main():\n    await asyncio.sleep(1)\n",
  lang: "python",
  themes: codeThemes,
  transformers: [patientTokenizer, compactCode, codeColours],
};
const salt = "shiki@4 transformers v1";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "highlight-cache-"));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** A cache on `folder` whose highlighter counts its calls; a new one has an empty memory. */
function countingCache(
  options: { salt?: string; highlight?: (input: HighlightInput) => Promise<string> } = {},
) {
  const calls: HighlightInput[] = [];
  const highlight =
    options.highlight ?? ((input: HighlightInput) => Promise.resolve(`<pre>${input.code}</pre>`));
  const cached = createHighlightCache({
    folder,
    salt: options.salt ?? salt,
    highlight: (input) => {
      calls.push(input);
      return highlight(input);
    },
  });
  return { cached, calls };
}

const entryFiles = () => readdirSync(folder);

describe("createHighlightCache", () => {
  it("highlights once, then a later build reads the same HTML back without highlighting", async () => {
    const first = countingCache({ highlight: astroCodeHtml });
    const fresh = await first.cached(base);
    expect(fresh).toBe(await astroCodeHtml(base));
    expect(fresh).toContain('class="astro-code');
    expect(first.calls).toHaveLength(1);

    const second = countingCache({ highlight: astroCodeHtml });
    expect(await second.cached(base)).toBe(fresh);
    expect(second.calls).toHaveLength(0);
    // One entry, written whole: no temporary file left beside it.
    expect(entryFiles()).toEqual([`${highlightKey(base, salt)}.json`]);
  });

  it("highlights a key once within a run, even when asked twice at the same time", async () => {
    const { cached, calls } = countingCache();
    const [one, two] = await Promise.all([cached(base), cached(base)]);
    expect(one).toBe(two);
    expect(calls).toHaveLength(1);
  });

  const changes: [string, Partial<HighlightInput>, string?][] = [
    ["the code", { code: `${base.code}print(1)\n` }],
    ["the language", { lang: "py" }],
    ["a theme", { themes: { ...codeThemes, light: githubLight } }],
    ["a theme's name", { themes: { day: codeThemes.light, dark: codeThemes.dark } }],
    ["a theme's content", { themes: { ...codeThemes, light: { ...codeThemes.light, fg: "#111111" } } }],
    ["the transformers", { transformers: [compactCode, codeColours] }],
    ["the transformers' order", { transformers: [patientTokenizer, codeColours, compactCode] }],
    ["a transformer's source or the highlighter's version (the salt)", {}, "shiki@4 transformers v2"],
  ];
  it.each(changes)("highlights again when %s changes", async (_what, change, changedSalt) => {
    await countingCache().cached(base);
    const { cached, calls } = countingCache(changedSalt === undefined ? {} : { salt: changedSalt });
    const input = { ...base, ...change };
    expect(await cached(input)).toBe(`<pre>${input.code}</pre>`);
    expect(calls).toEqual([input]);
    expect(entryFiles()).toHaveLength(2);
  });

  const damages: [string, (file: string) => void][] = [
    ["missing", (file) => rmSync(file)],
    ["cut short", (file) => writeFileSync(file, readFileSync(file, "utf8").slice(0, 20))],
    ["not JSON", (file) => writeFileSync(file, "\0\0\0")],
    ["altered", (file) => writeFileSync(file, readFileSync(file, "utf8").replace("<pre>", "<pre class=x>"))],
    [
      "another key's",
      (file) => writeFileSync(file, readFileSync(file, "utf8").replace(/"key":"./, '"key":"_')),
    ],
  ];
  it.each(damages)("highlights again and rewrites an entry that is %s", async (_what, damage) => {
    await countingCache().cached(base);
    const file = join(folder, `${highlightKey(base, salt)}.json`);
    damage(file);

    const { cached, calls } = countingCache();
    expect(await cached(base)).toBe(`<pre>${base.code}</pre>`);
    expect(calls).toHaveLength(1);
    // Rewritten whole: the next run reads it back.
    const next = countingCache();
    expect(await next.cached(base)).toBe(`<pre>${base.code}</pre>`);
    expect(next.calls).toHaveLength(0);
    expect(entryFiles()).toEqual([`${highlightKey(base, salt)}.json`]);
  });

  it("still returns the HTML when the entry cannot be written, and says why", async () => {
    const blocked = join(folder, "blocked");
    writeFileSync(blocked, "a file where the folder should be");
    const errors: unknown[] = [];
    const cached = createHighlightCache({
      folder: blocked,
      salt,
      highlight: (input) => Promise.resolve(`<pre>${input.code}</pre>`),
      onWriteError: (error) => errors.push(error),
    });
    expect(await cached(base)).toBe(`<pre>${base.code}</pre>`);
    expect(errors).toHaveLength(1);
  });

  it("asks again after a failed highlight rather than keeping the failure", async () => {
    let attempts = 0;
    const cached = createHighlightCache({
      folder,
      salt,
      highlight: (input) => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new Error("busy")) : Promise.resolve(input.code);
      },
    });
    await expect(cached(base)).rejects.toThrow("busy");
    expect(await cached(base)).toBe(base.code);
  });

  it("names a missing folder clearly", () => {
    expect(() => createHighlightCache({ folder: "", salt, highlight: () => Promise.resolve("") })).toThrow(
      /`folder`/,
    );
  });
});
