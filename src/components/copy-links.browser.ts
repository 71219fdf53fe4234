/**
 * Section and sample "#" links copy their full address when clicked, for instructors who paste
 * links into slides and chats; they still jump to the target as ordinary links do.
 */
import { pageLocale } from "../i18n/page-locale.browser.ts";
import { pageScriptTables } from "../i18n/text/page-scripts.ts";

const text = pageScriptTables[pageLocale()];

document.addEventListener("click", (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>("a.anchor-link");
  if (link === null) return;
  void navigator.clipboard.writeText(link.href).then(
    () => {
      link.dataset["copied"] = "true";
      link.title = text.linkCopied;
      setTimeout(() => delete link.dataset["copied"], 2_000);
    },
    () => undefined,
  );
});
