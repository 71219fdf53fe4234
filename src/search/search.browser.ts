/**
 * The search page: loads Pagefind's index (built by `npm run build`) only on this page, runs the
 * query from `?q=`, and lists results as text. Each result links to the section that matched best
 * (sections.ts), with the page's other matching sections under it. With no result, the page
 * offers the next steps written in search.astro. Pagefind picks the index matching `<html lang>`.
 */
import { splitExcerpt } from "./excerpt.ts";
import { rankSections, type Section, type SubResult } from "./sections.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

function isPagefind(module: unknown): module is Pagefind {
  return (
    typeof module === "object" &&
    module !== null &&
    typeof (module as Partial<Pagefind>).search === "function"
  );
}

async function loadPagefind(): Promise<Pagefind> {
  // A URL in a variable keeps the bundler from trying to resolve a file that exists only after build.
  const url = "/pagefind/pagefind.js";
  const module: unknown = await import(/* @vite-ignore */ url);
  if (!isPagefind(module)) throw new Error("The search index did not load.");
  return module;
}

function excerptOf(section: Section): HTMLParagraphElement {
  const excerpt = document.createElement("p");
  for (const part of splitExcerpt(section.excerpt)) {
    const node = part.matched ? document.createElement("mark") : document.createElement("span");
    node.textContent = part.text;
    excerpt.append(node);
  }
  return excerpt;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

function resultItem(data: PagefindResultData, moreLabel: string): HTMLLIElement {
  const item = document.createElement("li");
  const pageTitle = data.meta.title ?? data.url;
  const [best, ...others] = rankSections(data);
  if (best === undefined) return item;
  const heading = document.createElement("p");
  heading.className = "search-result-title";
  heading.append(link(best.url, pageTitle));
  if (best.title !== pageTitle) {
    const section = document.createElement("span");
    section.className = "search-result-section";
    section.textContent = best.title;
    heading.append(section);
  }
  item.append(heading, excerptOf(best));
  if (others.length > 0) {
    const more = document.createElement("p");
    more.className = "search-result-more";
    more.append(moreLabel, ...others.flatMap((section) => [" ", link(section.url, section.title)]));
    item.append(more);
  }
  return item;
}

async function runSearch(root: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  const input = root.querySelector<HTMLInputElement>("input[name=q]");
  const empty = root.querySelector<HTMLElement>("[data-search-empty]");
  const other = root.querySelector<HTMLAnchorElement>("[data-search-other]");
  if (status === null || list === null || input === null) return;
  input.value = query;
  if (query === "") return;
  status.textContent = root.dataset["searching"] ?? "";
  try {
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(...data.map((result) => resultItem(result, root.dataset["more"] ?? "")));
    if (results.length === 0) {
      status.textContent = (root.dataset["none"] ?? "{query}").replace("{query}", query);
      const otherSearch = other?.getAttribute("href")?.split("?")[0];
      if (other !== null && otherSearch !== undefined)
        other.setAttribute("href", `${otherSearch}?${new URLSearchParams({ q: query }).toString()}`);
      if (empty !== null) empty.hidden = false;
      return;
    }
    status.textContent = (root.dataset["found"] ?? "{count}").replace("{count}", String(results.length));
  } catch {
    status.textContent = root.dataset["unavailable"] ?? "";
  }
}

const root = document.querySelector<HTMLElement>("[data-search]");
if (root !== null) void runSearch(root);
