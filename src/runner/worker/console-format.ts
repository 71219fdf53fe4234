/**
 * Turns console arguments into one line of text exactly as Node prints it, so a program's output
 * reads the same in the browser runtime as in Node and the WebContainer: `Set(2) { 1, 2 }`, dates,
 * `%s`/`%d` placeholders, long arrays grouped over several lines. Errors show their stack with
 * learner frames named main.ts.
 *
 * The formatting is Node's own `util.formatWithOptions`, through node-inspect-extracted: it takes
 * Node's inspect code unchanged, which no hand-written formatter would keep up with.
 */
import { formatWithOptions } from "node-inspect-extracted";

/** Rewrites stack frames that point into the learner's module URL to `main.ts:line:col`, and
 * drops frames from the runtime itself. */
export function mapStack(stack: string, moduleUrl: string): string {
  const lines = stack.split("\n");
  const mapped: string[] = [];
  for (const line of lines) {
    if (!/^\s+at\s/.test(line)) {
      mapped.push(line);
      continue;
    }
    if (moduleUrl !== "" && line.includes(moduleUrl)) mapped.push(line.split(moduleUrl).join("main.ts"));
  }
  return mapped.join("\n");
}

/** Formats `console.log(...args)` as one string (it may contain newlines), as Node does. */
export function formatConsoleArgs(args: readonly unknown[], moduleUrl = ""): string {
  const text = formatWithOptions({}, ...args);
  // Only an error's stack has frames to rename; other text is left exactly as printed.
  return args.some((arg) => arg instanceof Error) ? mapStack(text, moduleUrl) : text;
}
