type Handler = (request: Request) => Promise<Response>;
/** A middleware takes the next handler and returns a handler that wraps it. */
type Middleware = (next: Handler) => Handler;

/** An error a handler throws on purpose, like aiohttp's web.HTTPException. */
class HttpError extends Error {
  readonly status: number;
  constructor(status: number, reason: string) {
    super(reason);
    this.status = status;
  }
}

const logRequests: Middleware = (next) => async (request) => {
  const response = await next(request);
  console.log(`server log: ${request.method} ${new URL(request.url).pathname} -> ${response.status}`);
  return response;
};

const errorsAsJson: Middleware = (next) => async (request) => {
  try {
    return await next(request);
  } catch (error) {
    if (error instanceof HttpError) return Response.json({ error: error.message }, { status: error.status });
    // Anything else is a bug: answer 500 without leaking the details to the client.
    console.log(`server bug: ${error instanceof Error ? error.message : String(error)}`);
    return Response.json({ error: "Internal Server Error" }, { status: 500 });
  }
};

const routes = new Map<string, Handler>([
  ["/hello", () => Promise.resolve(new Response("hello"))],
  [
    "/broken",
    () => {
      throw new Error("the database is on fire");
    },
  ],
]);

async function router(request: Request): Promise<Response> {
  const handler = routes.get(new URL(request.url).pathname);
  if (handler === undefined) throw new HttpError(404, "Not Found");
  return handler(request);
}

// The first middleware in the list is the outermost: it sees what the later ones return.
const middlewares = [logRequests, errorsAsJson];
const app = middlewares.reduceRight<Handler>((next, middleware) => middleware(next), router);

for (const path of ["/hello", "/nowhere", "/broken"]) {
  const response = await app(new Request(`http://app.local${path}`));
  let body = await response.text();
  if (response.headers.get("content-type")?.startsWith("application/json")) {
    body = `error=${(JSON.parse(body) as { error: string }).error}`;
  }
  console.log(`GET ${path} -> ${response.status} ${body}`);
}
