// A middleware wraps a handler and returns a handler, as @web.middleware does in aiohttp.
type Handler = (request: Request) => Promise<Response>;

/** Answers a handler's error with status 500 and { "error": message } as JSON. */
function errorsAsJson(handler: Handler): Handler {
  return async (request) => {
    try {
      // The await matters: an async handler fails by rejecting, which only an await can catch.
      return await handler(request);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return Response.json({ error: message }, { status: 500 });
    }
  };
}

// The application: one route that works and one that fails.
const app: Handler = async (request) => {
  const { pathname } = new URL(request.url);
  if (pathname === "/ok") return new Response("fine");
  throw new Error("database is down");
};

const served = errorsAsJson(app);
for (const path of ["/ok", "/boom"]) {
  const response = await served(new Request(`http://tiny.app${path}`));
  console.log(`${path} -> ${response.status} ${await response.text()}`);
}
