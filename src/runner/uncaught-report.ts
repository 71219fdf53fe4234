/**
 * What a program that dies of an uncaught error or an unhandled rejection prints, in every runtime:
 * the stack alone, or `Uncaught <value>` for something thrown that is not an Error. Web-standard,
 * so the browser runtime and the WebContainer's preload share one wording.
 */

/**
 * The report for a thrown value; `inspect` formats a non-Error the way that runtime's console would.
 *
 * @example
 * uncaughtReport("nope", String); // "Uncaught nope"
 */
export function uncaughtReport(error: unknown, inspect: (value: unknown) => string): string {
  if (error instanceof Error) return nodeStyleStack(error);
  return `Uncaught ${typeof error === "string" ? error : inspect(error)}`;
}

/**
 * An error's stack as Node prints it. V8's stack already starts with `Name: message` and has
 * `    at` frames; Firefox's and Safari's have frames alone (`fn@url:line:col`), so the heading is
 * added and the frames rewritten, which also lets the runner name the learner's frames main.ts.
 */
function nodeStyleStack(error: Error): string {
  const heading = error.message === "" ? error.name : `${error.name}: ${error.message}`;
  const stack = typeof error.stack === "string" ? error.stack : "";
  if (/^\s+at\s/m.test(stack)) return stack;
  const frames = stack
    .split("\n")
    .filter((line) => line.includes("@"))
    .map((line) => {
      const at = line.indexOf("@");
      const [name, where] = [line.slice(0, at), line.slice(at + 1)];
      return name === "" ? `    at ${where}` : `    at ${name} (${where})`;
    });
  return [heading, ...frames].join("\n");
}
