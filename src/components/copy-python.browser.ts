/**
 * "Copy" in a sample's Python bar puts the Python code on the clipboard, exactly as the page
 * shows it, and says so on the button for a moment. It needs no runner, so it loads on its own;
 * once the Python editor is loaded, it copies what the editor holds (python-controller.browser.ts).
 */

/** Copies `code` and says so on `button` for two seconds. */
export function copyAndSay(button: HTMLButtonElement, code: string): void {
  const label = button.textContent;
  void navigator.clipboard.writeText(code).then(
    () => {
      button.textContent = button.dataset["copiedText"] ?? label;
      setTimeout(() => (button.textContent = label), 2_000);
    },
    () => undefined,
  );
}

document.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("button[data-copy-python]");
  const code = button?.closest("figure")?.querySelector("pre")?.textContent;
  if (button === null || code === undefined) return;
  copyAndSay(button, code);
});
