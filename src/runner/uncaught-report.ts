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
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return `Uncaught ${typeof error === "string" ? error : inspect(error)}`;
}
