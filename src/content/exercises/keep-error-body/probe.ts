// The check calls the learner's getJson itself: on a success that echoes a word picked for this
// run, on a 404 and on a 503 whose bodies it knows, and reports each verdict on the runtime's own
// channel (the program cannot reach it). Settles are watched through the kit, and the error's
// class is asked through its prototype chain, not `instanceof` (which a static method could answer).
import type { Outcome, ProbeKit } from "../../../exercises/probe-kit.ts";

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
  const isHttpError = (error: unknown): error is HttpErrorLike => kit.isInstance(error, HttpError);
  const describe = (result: Outcome<unknown>) =>
    result.fulfilled
      ? `it returned ${kit.canonicalJson(result.value)}`
      : isHttpError(result.reason)
        ? `it threw an HttpError with status ${kit.canonicalJson(result.reason.status)} and body ${kit.canonicalJson(result.reason.body)}`
        : `it threw ${kit.isError(result.reason) ? `an Error: ${result.reason.message}` : "something that is not an Error"}`;

  const success = await kit.settle(getJson(`/echo?word=${kit.encodeUriComponent(word)}`));
  const echoed = success.fulfilled ? success.value : undefined;
  const query =
    typeof echoed === "object" && echoed !== null ? (echoed as { query?: unknown }).query : undefined;
  const echoedWord =
    typeof query === "object" && query !== null ? (query as { word?: unknown }).word : undefined;
  kit.report(
    echoedWord === word
      ? "getJson returns the JSON of a success"
      : `getJson does not return the JSON of a success: ${describe(success)}`,
  );

  const errorCases: [number, string, string][] = [
    [404, "/posts/0", '{"error":"No post with id 0; ids go from 1 to 100."}'],
    [503, "/status/503", '{"status":503}'],
  ];
  for (let index = 0; index < errorCases.length; index += 1) {
    const entry = errorCases[index];
    if (entry === undefined) continue;
    const status = entry[0];
    const path = entry[1];
    const result = await kit.settle(getJson(path));
    const good =
      !result.fulfilled &&
      isHttpError(result.reason) &&
      result.reason.status === status &&
      result.reason.body === entry[2];
    kit.report(
      good
        ? `getJson throws an HttpError with status ${status} and its body`
        : `getJson does not throw an HttpError with status ${status} and its body for ${path}: ${describe(result)}`,
    );
  }
}
