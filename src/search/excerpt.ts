/**
 * Pagefind returns excerpts as HTML with `<mark>` around matches. We never insert that HTML:
 * this splits it into plain text pieces, marking which ones matched.
 */

/** A piece of an excerpt: text, and whether it matched the query. */
export interface ExcerptPart {
  text: string;
  matched: boolean;
}

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}

/** Splits an excerpt on its `<mark>` tags; any other tag is dropped. */
export function splitExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(html.slice(last, match.index)), matched: false });
    parts.push({ text: decode(match[1] ?? ""), matched: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last)), matched: false });
  return parts.filter((part) => part.text !== "");
}
