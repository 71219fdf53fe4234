/**
 * The bench's Starlight twin must carry the chapter's whole content, turned into what Starlight
 * knows: every sample, exercise and callout accounted for, no component of ours left in it, and a
 * component it cannot turn refused by name rather than dropped.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { starlightTwinPage, type ContentFolders } from "../../scripts/bench/starlight-twin-page.node.ts";

const content = new URL("../../src/content/", import.meta.url);
const folders: ContentFolders = {
  docs: new URL("docs/", content),
  samples: new URL("samples/", content),
  exercises: new URL("exercises/", content),
};
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe("starlightTwinPage", () => {
  const source = readFileSync(new URL("en/using-asyncio.mdx", folders.docs), "utf8");
  const twin = starlightTwinPage(folders, "using-asyncio");

  it("keeps only the frontmatter Starlight's schema knows", () => {
    const head = /^---\n([\s\S]*?)\n---\n/.exec(twin)?.[1] ?? "";
    expect(head.split("\n").map((line) => line.split(":")[0])).toEqual(["title", "description"]);
  });

  it("writes every sample as three code blocks and every exercise as one", () => {
    const samples = count(source, /^<Sample /gm);
    const exercises = count(source, /^<Exercise /gm);
    expect(samples).toBeGreaterThan(0);
    expect(count(twin, /^`{3,}py title="main\.py"$/gm)).toBe(samples);
    expect(count(twin, /^`{3,}ts title="main\.ts"$/gm)).toBe(samples);
    expect(count(twin, /^`{3,}text title="Expected output"$/gm)).toBe(samples);
    expect(count(twin, /^`{3,}ts title="start\.ts"$/gm)).toBe(exercises);
  });

  it("turns every callout into an aside with its title, and leaves no component of ours", () => {
    const callouts = count(source, /^<Callout /gm);
    expect(count(twin, /^:::(note|caution)\[[^\]]+\]$/gm)).toBe(callouts);
    expect(count(twin, /^:::$/gm)).toBe(callouts);
    expect(twin).not.toMatch(/^\s*<\/?[A-Z]/m);
  });

  it("refuses a component it cannot turn, naming it", () => {
    const scratch = mkdtempSync(join(tmpdir(), "twin-page-"));
    mkdirSync(join(scratch, "en"));
    writeFileSync(join(scratch, "en", "odd.mdx"), '---\ntitle: Odd\norder: 1\n---\n\n<Widget kind="x" />\n');
    const odd = { ...folders, docs: pathToFileURL(`${scratch}/`) };
    expect(() => starlightTwinPage(odd, "odd")).toThrow(/does not know: "<Widget kind="x" \/>"/);
  });
});
