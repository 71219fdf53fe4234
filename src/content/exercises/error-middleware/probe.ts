// The check's own handler behind the learner's middleware, with a body, a header and an error
// message picked at random for each run: a good response must pass through untouched, and an
// error thrown after an await must come back as a 500 JSON response.
declare function errorsAsJson(
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response>;
declare const checkWords: readonly string[];

const [w0 = "", w1 = "", w2 = ""] = checkWords;
const probeApp = async (request: Request): Promise<Response> => {
  if (new URL(request.url).pathname === "/created") {
    return new Response(w0, { status: 201, headers: { "x-check": w1 } });
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  throw new Error(w2);
};
const probed = errorsAsJson(probeApp);
for (const path of ["/created", "/fails"]) {
  try {
    const response = await probed(new Request(`http://tiny.app${path}`));
    const type = response.headers.get("content-type")?.split(";")[0] ?? "no type";
    const header = response.headers.get("x-check") ?? "none";
    console.log(`check: ${path} -> ${response.status} ${type} x-check=${header} ${await response.text()}`);
  } catch (error) {
    console.log(`check: ${path} -> the error escaped the middleware: ${String(error)}`);
  }
}
