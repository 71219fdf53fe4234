import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { tableLabelsPlugin } from "./table-labels.ts";

const render = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [tableLabelsPlugin] })).html;

describe("tableLabelsPlugin", () => {
  it("labels every body cell with its column's heading, table by table", async () => {
    const html = await render(
      "| asyncio | TypeScript |\n| --- | --- |\n| `run()` | `await` |\n| a | b |\n\n" +
        "| One | Two |\n| --- | --- |\n| x | y |\n",
    );
    expect([...html.matchAll(/<td data-label="([^"]*)">/g)].map((match) => match[1])).toEqual([
      "asyncio",
      "TypeScript",
      "asyncio",
      "TypeScript",
      "One",
      "Two",
    ]);
  });
});
