// The check calls the learner's getJson itself: on a success that echoes a word picked for this
// run, on a 404 and on a 503 whose bodies it knows, and reports each verdict on the runtime's own
// channel (the program cannot reach it).
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface HttpErrorLike extends Error {
  readonly status: number;
  readonly body: string;
}
interface Program {
  getJson?: (path: string) => Promise<unknown>;
  HttpError?: abstract new (...args: never[]) => HttpErrorLike;
}

export default async function probe({ getJson, HttpError }: Program, kit: ProbeKit): Promise<void> {
  if (typeof getJson !== "function" || typeof HttpError !== "function")
    return kit.report("there is no function named getJson, or no class named HttpError");
  const word = kit.words[0] ?? "";
  const outcome = (path: string) =>
    getJson(path).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
  const describe = (result: { value: unknown } | { error: unknown }) =>
    "value" in result
      ? `it returned ${kit.canonicalJson(result.value)}`
      : result.error instanceof HttpError
        ? `it threw an HttpError with status ${result.error.status} and body ${kit.canonicalJson(result.error.body)}`
        : `it threw ${String(result.error)}`;

  const success = await outcome(`/echo?word=${encodeURIComponent(word)}`);
  const echoed = "value" in success ? (success.value as { query?: { word?: string } }) : undefined;
  kit.report(
    echoed?.query?.word === word
      ? "getJson returns the JSON of a success"
      : `getJson does not return the JSON of a success: ${describe(success)}`,
  );

  const errorCases: [number, string, string][] = [
    [404, "/posts/0", '{"error":"No post with id 0; ids go from 1 to 100."}'],
    [503, "/status/503", '{"status":503}'],
  ];
  for (const [status, path, body] of errorCases) {
    const result = await outcome(path);
    const good =
      "error" in result &&
      result.error instanceof HttpError &&
      result.error.status === status &&
      result.error.body === body;
    kit.report(
      good
        ? `getJson throws an HttpError with status ${status} and its body`
        : `getJson does not throw an HttpError with status ${status} and its body for ${path}: ${describe(result)}`,
    );
  }
}
