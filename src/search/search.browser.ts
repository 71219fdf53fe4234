/**
 * The search page: loads Pagefind's index (built by `npm run build`) only on this page, runs the
 * query from `?q=`, and lists results as text. Pagefind picks the index matching `<html lang>`.
 */
import { splitExcerpt } from "./excerpt.ts";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
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

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement("p");
  for (const part of splitExcerpt(data.excerpt)) {
    const node = part.matched ? document.createElement("mark") : document.createElement("span");
    node.textContent = part.text;
    excerpt.append(node);
  }
  item.append(link, excerpt);
  return item;
}

async function runSearch(root: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  const input = root.querySelector<HTMLInputElement>("input[name=q]");
  if (status === null || list === null || input === null) return;
  input.value = query;
  if (query === "") return;
  status.textContent = root.dataset["searching"] ?? "";
  try {
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(...data.map(resultItem));
    status.textContent = (root.dataset["found"] ?? "{count}").replace("{count}", String(results.length));
  } catch {
    status.textContent = root.dataset["unavailable"] ?? "";
  }
}

const root = document.querySelector<HTMLElement>("[data-search]");
if (root !== null) void runSearch(root);
