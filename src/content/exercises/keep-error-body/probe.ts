// The check calls the learner's getJson itself: on a success that echoes a word picked for this
// run, on a 404 and on a 503 whose bodies it knows, and reports each on a line starting with
// "check:".
declare function getJson(path: string): Promise<unknown>;
declare class HttpError extends Error {
  readonly status: number;
  readonly body: string;
}
declare const checkWords: readonly string[];

const word = checkWords[0] ?? "";
const outcome = (path: string) =>
  getJson(path).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
const describe = (result: { value: unknown } | { error: unknown }) =>
  "value" in result
    ? `it returned ${JSON.stringify(result.value)}`
    : result.error instanceof HttpError
      ? `it threw an HttpError with status ${result.error.status} and body ${JSON.stringify(result.error.body)}`
      : `it threw ${String(result.error)}`;

const success = await outcome(`/echo?word=${encodeURIComponent(word)}`);
const echoed = "value" in success ? (success.value as { query?: { word?: string } }) : undefined;
console.log(
  echoed?.query?.word === word
    ? `check: getJson returns the JSON of a success (${word})`
    : `check: getJson does not return the JSON of a success: ${describe(success)}`,
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
  console.log(
    good
      ? `check: getJson throws an HttpError with status ${status} and its body (${word})`
      : `check: getJson does not throw an HttpError with status ${status} and its body for ${path}: ${describe(result)}`,
  );
}
