/**
 * Chinese without stray spaces (issue 10, item 8): a rendered Chinese page shows a space between
 * two CJK characters only where the source typed one on a line. Any other such space came from a
 * source line break, which the build must join (src/lib/join-cjk-lines.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const cjk = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
// Spaces only: innerText puts tabs between table cells and line breaks between blocks.
const renderedGap = new RegExp(`${cjk} +${cjk}`, "gu");
// In a source line, Markdown marks (** _ `) may sit between the characters and the space.
const typedGap = new RegExp(`(${cjk})[*_\`~]*[ \u00a0]+[*_\`~]*(${cjk})`, "gu");

/** Every "X Y" gap the Chinese sources type on one line, which the page may show. */
function typedGaps(): Set<string> {
  const files = [
    ...readdirSync("src/content/docs/zh-cn").map((name) => join("src/content/docs/zh-cn", name)),
    ...["src/content/samples", "src/content/exercises"].flatMap((root) =>
      readdirSync(root).map((id) => join(root, id, "meta.json")),
    ),
    ...readdirSync("src/i18n/text").map((name) => join("src/i18n/text", name)),
  ];
  const gaps = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue; // A sample folder without a meta.json has no prose.
    }
    for (const match of text.matchAll(typedGap)) gaps.add(`${match[1]} ${match[2]}`);
  }
  return gaps;
}

const allowed = typedGaps();

/** The gaps between two CJK characters in rendered text (innerText) that no source typed. */
export function strayCjkGaps(renderedText: string): string[] {
  return (renderedText.match(renderedGap) ?? []).filter((gap) => !allowed.has(gap.replace(/ +/, " ")));
}
