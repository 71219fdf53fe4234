/**
 * The output console: one element per line, each prefixed with the time since the run started,
 * stderr marked apart. Text always goes in through `textContent`, never as HTML; a `main.ts:L:C`
 * in it becomes a link (built with DOM calls) that takes the editor there. Lines are put on
 * the page a slice per animation frame, so even the most a run may print (run-limits.ts) never
 * holds the main thread for long.
 */

import { splitPositions } from "./error-position.ts";
import { runBoxSelector } from "./run-box.ts";

/** Formats milliseconds since start as `+1.002s`. */
export function formatElapsed(ms: number): string {
  return `+${(Math.max(0, ms) / 1000).toFixed(3)}s`;
}

/** A console bound to a `role="log"` element. */
export interface OutputConsole {
  clear(): void;
  /** Adds a line; `more` is the note for characters left off it (run-limits.ts), if any. */
  append(stream: "stdout" | "stderr", text: string, atMs: number, more?: string): void;
  /** Adds a line written by the runner itself (not the program), such as a dropped-lines note. */
  note(text: string): void;
  /** Resolves once every line added so far is on the page (before the run's summary is shown). */
  drained(): Promise<void>;
}

/** The most lines, and the most characters, put on the page in one frame. */
const sliceLines = 250;
const sliceChars = 100_000;

/**
 * Calls `callback` at the next frame; returns a cancel. A hidden tab draws no frames, so there a
 * plain task stands in, and a run's result does not wait for the learner to come back.
 */
function nextFrame(callback: () => void): () => void {
  if (document.hidden) {
    const timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
}

/**
 * A link to a place in the code; the page (lesson-page.browser.ts) catches its click and opens the
 * editor there. Its href names the sample, so it still leads somewhere useful without the script.
 */
function positionLink(
  position: { text: string; line: number; column: number },
  sampleId: string,
): HTMLAnchorElement {
  const link = document.createElement("a");
  link.className = "run-position";
  link.href = `#${sampleId}`;
  link.dataset["line"] = String(position.line);
  link.dataset["column"] = String(position.column);
  link.textContent = position.text;
  return link;
}

/** Binds a console to `log`. */
export function createOutputConsole(log: HTMLElement): OutputConsole {
  const sampleId = log.closest(runBoxSelector)?.id ?? "";
  let pending: { element: HTMLElement; chars: number }[] = [];
  let frame: (() => void) | undefined;
  const waiting: (() => void)[] = [];
  const settle = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  const drawSlice = () => {
    frame = undefined;
    const slice = document.createDocumentFragment();
    let lines = 0;
    let chars = 0;
    while (pending.length > 0 && lines < sliceLines && chars < sliceChars) {
      const next = pending.shift();
      if (next === undefined) break;
      slice.appendChild(next.element);
      lines += 1;
      chars += next.chars;
    }
    log.appendChild(slice);
    log.scrollTop = log.scrollHeight;
    if (pending.length > 0) frame = nextFrame(drawSlice);
    else settle();
  };
  const add = (element: HTMLElement, chars: number) => {
    pending.push({ element, chars });
    frame ??= nextFrame(drawSlice);
  };
  const line = (className: string) => {
    const element = document.createElement("div");
    element.className = className;
    return element;
  };
  return {
    clear() {
      frame?.();
      frame = undefined;
      pending = [];
      log.replaceChildren();
      settle();
    },
    append(stream, text, atMs, more) {
      const element = line("run-line");
      if (stream === "stderr") element.dataset["stream"] = "stderr";
      const time = document.createElement("span");
      time.className = "run-time";
      time.textContent = formatElapsed(atMs);
      time.setAttribute("aria-hidden", "true");
      const body = document.createElement("span");
      body.className = "run-text";
      for (const piece of splitPositions(text))
        body.append(typeof piece === "string" ? piece : positionLink(piece, sampleId));
      element.append(time, body);
      if (more !== undefined) {
        const note = document.createElement("span");
        note.className = "run-more";
        note.textContent = more;
        element.append(note);
      }
      add(element, text.length);
    },
    note(text) {
      const element = line("run-line run-note");
      element.textContent = text;
      add(element, text.length);
    },
    drained() {
      if (pending.length === 0) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
