/**
 * "Clear my progress" asks first, in the page: the button opens a question with two buttons, the
 * safe one focused; Escape or "Keep it" closes it and gives focus back to the button. Done in the
 * page rather than with window.confirm, so it is styled, translated and keyboard-usable like the
 * rest of the sidebar. After clearing, a status line says so and takes the focus (the button,
 * with nothing left to clear, is hidden).
 */

/** Wires the sidebar's clear button; `clear` forgets the progress and returns what to announce. */
export function askBeforeClearing(clear: () => string): void {
  const button = document.querySelector<HTMLButtonElement>("[data-progress-clear]");
  const question = document.querySelector<HTMLElement>("[data-progress-confirm]");
  const yes = question?.querySelector<HTMLButtonElement>("[data-progress-confirm-yes]");
  const no = question?.querySelector<HTMLButtonElement>("[data-progress-confirm-no]");
  const status = document.querySelector<HTMLElement>("[data-progress-cleared]");
  if (!button || !question || !yes || !no || !status) return;

  const close = (focusButton: boolean) => {
    question.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (focusButton) button.focus();
  };
  button.addEventListener("click", () => {
    status.textContent = "";
    question.hidden = false;
    button.setAttribute("aria-expanded", "true");
    no.focus();
  });
  no.addEventListener("click", () => close(true));
  question.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    close(true);
  });
  yes.addEventListener("click", () => {
    close(false);
    status.textContent = clear();
    status.focus();
  });
}
