/**
 * "Copy" in a sample's Python bar puts the Python code on the clipboard, exactly as the page
 * shows it, and says so on the button for a moment. It needs no runner, so it loads on its own.
 */
document.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("button[data-copy-python]");
  const code = button?.closest("figure")?.querySelector("pre")?.textContent;
  if (button === null || code === undefined) return;
  const label = button.textContent;
  void navigator.clipboard.writeText(code).then(
    () => {
      button.textContent = button.dataset["copiedText"] ?? label;
      setTimeout(() => (button.textContent = label), 2_000);
    },
    () => undefined,
  );
});
