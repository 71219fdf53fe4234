/**
 * The output console: one element per line, each prefixed with the time since the run started,
 * stderr marked apart. Text always goes in through `textContent`, never as HTML.
 */

/** Formats milliseconds since start as `+1.002s`. */
export function formatElapsed(ms: number): string {
  return `+${(Math.max(0, ms) / 1000).toFixed(3)}s`;
}

/** A console bound to a `role="log"` element. */
export interface OutputConsole {
  clear(): void;
  append(stream: "stdout" | "stderr", text: string, atMs: number): void;
  /** Adds a line written by the runner itself (not the program), such as a dropped-lines note. */
  note(text: string): void;
  /** Puts every pending line on the page now (before the run's summary is shown). */
  flush(): void;
}

/** Binds a console to `log`. */
export function createOutputConsole(log: HTMLElement): OutputConsole {
  // Lines are added in batches, once per frame, so a flood of output cannot freeze the page.
  let batch = document.createDocumentFragment();
  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    log.append(batch);
    batch = document.createDocumentFragment();
    log.scrollTop = log.scrollHeight;
  };
  const add = (element: HTMLElement) => {
    batch.append(element);
    if (!flushScheduled) {
      flushScheduled = true;
      requestAnimationFrame(flush);
    }
  };
  const line = (className: string) => {
    const element = document.createElement("div");
    element.className = className;
    return element;
  };
  return {
    clear() {
      log.replaceChildren();
      batch = document.createDocumentFragment();
    },
    append(stream, text, atMs) {
      const element = line("run-line");
      if (stream === "stderr") element.dataset["stream"] = "stderr";
      const time = document.createElement("span");
      time.className = "run-time";
      time.textContent = formatElapsed(atMs);
      time.setAttribute("aria-hidden", "true");
      const body = document.createElement("span");
      body.className = "run-text";
      body.textContent = text;
      element.append(time, body);
      add(element);
    },
    note(text) {
      const element = line("run-line run-note");
      element.textContent = text;
      add(element);
    },
    flush,
  };
}
