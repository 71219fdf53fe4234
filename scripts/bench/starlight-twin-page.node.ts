/**
 * Turns one of our chapters into a Starlight page of the same prose (issue 22), at bench time, so
 * the reference page follows the chapter as it changes. What a docs page with nothing to run would
 * show: the prose and headings as written; each sample as its title, its Python and TypeScript as
 * code blocks and its expected output; each exercise as its title, task and starting code; each
 * callout as a Starlight aside with its title. Any other component stops the bench with its name:
 * the twin must not silently drop content.
 */
import { readFileSync } from "node:fs";

/** Where our content lives: src/content/ of the project. */
export interface ContentFolders {
  docs: URL;
  samples: URL;
  exercises: URL;
}

/** Our callout kinds, as Starlight's aside kinds. */
const asideKinds: Record<string, string> = { difference: "note", note: "note", pitfall: "caution" };

function fence(language: string, title: string, code: string): string {
  // A fence longer than any run of backticks in the code, so the code cannot close it.
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${language} title="${title}"\n${code.replace(/\n+$/, "")}\n${ticks}`;
}

function readJson(url: URL): { title: { en: string }; task?: { en: string } } {
  return JSON.parse(readFileSync(url, "utf8")) as { title: { en: string }; task?: { en: string } };
}

function sample(folders: ContentFolders, id: string): string {
  const folder = new URL(`${id}/`, folders.samples);
  const read = (name: string) => readFileSync(new URL(name, folder), "utf8");
  return [
    `### ${readJson(new URL("meta.json", folder)).title.en}`,
    fence("py", "main.py", read("main.py")),
    fence("ts", "main.ts", read("main.ts")),
    fence("text", "Expected output", read("expected.txt")),
  ].join("\n\n");
}

function exercise(folders: ContentFolders, id: string): string {
  const folder = new URL(`${id}/`, folders.exercises);
  const meta = readJson(new URL("meta.json", folder));
  return [
    `### ${meta.title.en}`,
    meta.task?.en ?? "",
    fence("ts", "start.ts", readFileSync(new URL("start.ts", folder), "utf8")),
  ].join("\n\n");
}

/** Our chapter's frontmatter keeps what Starlight's schema knows: title and description. */
function frontmatter(source: string): { head: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (match === null) throw new Error("The chapter has no frontmatter block.");
  const kept = (match[1] ?? "").split("\n").filter((line) => /^(title|description):/.test(line));
  return { head: `---\n${kept.join("\n")}\n---\n`, body: source.slice(match[0].length) };
}

/** The Starlight MDX of the English chapter `slug`, built from its source and its samples. */
export function starlightTwinPage(folders: ContentFolders, slug: string): string {
  const source = readFileSync(new URL(`en/${slug}.mdx`, folders.docs), "utf8");
  const { head, body } = frontmatter(source);
  const out: string[] = [];
  let inCallout = false;
  let inFence = false;
  for (const line of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const component = inFence ? null : /^<([A-Z]\w*)\b([^>]*?)\/?>\s*$/.exec(line);
    const id = component === null ? undefined : /\bid="([^"]+)"/.exec(component[2] ?? "")?.[1];
    if (component?.[1] === "Sample" && id !== undefined) out.push(sample(folders, id));
    else if (component?.[1] === "Exercise" && id !== undefined) out.push(exercise(folders, id));
    else if (component?.[1] === "Callout") {
      const kind = /\btype="(\w+)"/.exec(component[2] ?? "")?.[1] ?? "note";
      const title = /\btitle="([^"]*)"/.exec(component[2] ?? "")?.[1];
      out.push(`:::${asideKinds[kind] ?? "note"}${title === undefined ? "" : `[${title}]`}`);
      inCallout = true;
    } else if (!inFence && line.trim() === "</Callout>") {
      out.push(":::");
      inCallout = false;
    } else if (!inFence && /^\s*<\/?[A-Z]/.test(line))
      throw new Error(
        `${slug}.mdx uses a component the Starlight twin does not know: "${line.trim()}". ` +
          "Teach scripts/bench/starlight-twin-page.node.ts to write it, or pick another chapter.",
      );
    // A callout's body is indented two spaces in our source; an aside's is not.
    else out.push(inCallout ? line.replace(/^ {2}/, "") : line);
  }
  return `${head}${out.join("\n")}`;
}
