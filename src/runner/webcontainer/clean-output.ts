/**
 * Turns what the WebContainer's Node prints into what the built-in runtime prints for the same
 * program. The pty adds ANSI colours and carriage returns. Stacks name the program by its file in
 * the container (`file:///home/async-tour/main-3.mjs`), and carry frames of the container's own
 * runtime: its scripts (`https://….staticblitz.com/blitz.<hash>.js`, `builtins.<hash>.js`), the
 * `eval` wrappers it runs modules in, and Node's `node:internal` modules (see webcontainer-core
 * #691 and the traces quoted in its issues). Those frames mean nothing to a learner and are
 * dropped; the program's own frames read `main.ts:line:column`, as in the built-in runtime.
 */

// eslint-disable-next-line no-control-regex -- ANSI escape sequences are exactly what is stripped.
const ansi = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007|\u001b[()][A-Za-z0-9]/g;
// The program's file, as a file URL or a path; the host names each run's file `main-<n>.mjs`.
const programLocation = /(?:file:\/\/)?[^\s()@]*\bmain-\d+\.mjs(?=:\d|\b)/g;
const isProgramLocation = /\bmain-\d+\.mjs\b/;
const programPosition = /(?:file:\/\/)?[^\s()@]*\bmain-\d+\.mjs:(\d+):(\d+)/g;
const v8Frame = /^(\s*)at (.*)$/;
// SpiderMonkey's and JavaScriptCore's shape, `name@url:line:column`, for Firefox and Safari.
const atSignFrame = /^\s*([^\s@]*)@(\S+):\d+:\d+$/;
// Anything the runtime runs from: a script URL, a Node builtin, an eval wrapper of its own.
const runtimeLocation = /\bhttps?:\/\/|\bnode:[a-z_]|\beval at /;

/** Strips ANSI codes and carriage returns the pty added. */
export function stripTerminalCodes(text: string): string {
  return text.replace(ansi, "").replace(/\r/g, "");
}

/**
 * Cleans one line of a program's output: a stack frame of the runtime becomes `undefined` (drop
 * it), a frame of the program reads `main.ts:line:column`, and any other mention of the program's
 * file reads `main.ts`.
 *
 * @example
 * cleanOutputLine("    at fail (file:///home/async-tour/main-3.mjs:3:9)"); // "    at fail (main.ts:3:9)"
 * cleanOutputLine("    at https://x.staticblitz.com/blitz.dc4d7514.js:40:964896"); // undefined
 */
export function cleanOutputLine(line: string): string | undefined {
  const frame: readonly (string | undefined)[] | undefined = v8Frame.exec(line) ?? spiderMonkeyFrame(line);
  if (frame === undefined) return line.replace(programLocation, "main.ts");
  const [, indent = "    ", body = ""] = frame;
  const positions = [...body.matchAll(programPosition)];
  const position = positions.at(-1);
  if (position === undefined)
    return runtimeLocation.test(body) ? undefined : line.replace(programLocation, "main.ts");
  // The runtime evaluates modules in a wrapper named `eval`: the learner wrote top-level code.
  const name = /^(.*?) \(/.exec(body)?.[1]?.replace(/^(?:eval|async eval)$/, "") ?? "";
  const where = `main.ts:${position[1] ?? ""}:${position[2] ?? ""}`;
  return name === "" || name.startsWith("eval at ")
    ? `${indent}at ${where}`
    : `${indent}at ${name} (${where})`;
}

/** Reads a `name@location:line:column` frame as the V8 shape `at name (location)`. */
function spiderMonkeyFrame(line: string): [string, string, string] | undefined {
  const frame = atSignFrame.exec(line);
  if (frame === null) return undefined;
  const [, name = "", location = ""] = frame;
  if (!runtimeLocation.test(location) && !isProgramLocation.test(location)) return undefined;
  const at = line.slice(line.lastIndexOf("@") + 1);
  return [line, "    ", name === "" ? at : `${name} (${at})`];
}
