// A middleware wraps a handler and returns a handler, as @web.middleware does in aiohttp.
type Handler = (request: Request) => Promise<Response>;

/** Answers a handler's error with status 500 and { "error": message } as JSON. */
function errorsAsJson(handler: Handler): Handler {
  // Catch what the handler throws and turn it into a 500 JSON response.
  return async (request) => handler(request);
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
