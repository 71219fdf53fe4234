// Wrong answer: the try block returns the handler’s promise without awaiting it, so its rejection escapes.
// The check says: The run ended with an error
type Handler = (request: Request) => Promise<Response>;

function errorsAsJson(handler: Handler): Handler {
  return async (request) => {
    try {
      // eslint-disable-next-line @typescript-eslint/return-await -- the missing await is the mistake here
      return handler(request);
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
