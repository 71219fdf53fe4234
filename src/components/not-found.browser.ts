/**
 * The not-found page (src/pages/404.astro) shows the address that was asked for, as text, and puts
 * the language that address belongs to first, so a Chinese reader sees Chinese before English.
 */
import { localeCodes } from "../i18n/locales.ts";

const root = document.querySelector<HTMLElement>("[data-not-found]");
/** The address as a reader typed it; a malformed escape is shown as it came. */
function readablePath(): string {
  try {
    return decodeURIComponent(location.pathname);
  } catch {
    return location.pathname;
  }
}

const path = readablePath();
for (const slot of document.querySelectorAll("[data-not-found-path]")) slot.textContent = path;
const asked = localeCodes.find((code) => location.pathname.startsWith(`/${code}/`));
const block = asked === undefined ? null : root?.querySelector(`[data-not-found-lang="${asked}"]`);
if (root && block && root.firstElementChild !== block) root.prepend(block);
