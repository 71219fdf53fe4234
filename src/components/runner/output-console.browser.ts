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
  lineCount(): number;
}

/** Binds a console to `log`. */
export function createOutputConsole(log: HTMLElement): OutputConsole {
  let count = 0;
  const line = (className: string) => {
    const element = document.createElement("div");
    element.className = className;
    return element;
  };
  return {
    clear() {
      log.replaceChildren();
      count = 0;
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
      log.append(element);
      count += 1;
      log.scrollTop = log.scrollHeight;
    },
    note(text) {
      const element = line("run-line run-note");
      element.textContent = text;
      log.append(element);
    },
    lineCount: () => count,
  };
}
