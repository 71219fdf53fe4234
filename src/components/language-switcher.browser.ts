/**
 * The language menu closes as a menu does: on Escape (focus back on its button) and on a click
 * outside it. And it keeps the reader's place when they switch language: a link to a sample
 * (`#two-tasks`) or a shared program (`#share=…`) names the same thing on every language's page, so
 * the menu's links carry it along. So does a section's: a translated chapter's sections take the
 * English ones' ids (src/lib/twin-heading-ids.ts).
 */
const carried = (hash: string): string => {
  if (hash.startsWith("#share=")) return hash;
  const id = decodeHashId(hash);
  return id !== undefined &&
    document.getElementById(id)?.matches("[data-sample], article :is(h2, h3)") === true
    ? hash
    : "";
};

function decodeHashId(hash: string): string | undefined {
  if (hash.length < 2) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}

function updateLinks(): void {
  const hash = carried(location.hash);
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".language-switcher a[href]")) {
    const path = (link.getAttribute("href") ?? "").split("#")[0] ?? "";
    link.setAttribute("href", `${path}${hash}`);
  }
}

function closeMenuOn(menu: HTMLDetailsElement): void {
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary")?.focus();
  });
  document.addEventListener("click", (event) => {
    if (menu.open && !(event.target instanceof Node && menu.contains(event.target))) menu.open = false;
  });
}

updateLinks();
addEventListener("hashchange", updateLinks);
for (const menu of document.querySelectorAll<HTMLDetailsElement>(".language-switcher details"))
  closeMenuOn(menu);
