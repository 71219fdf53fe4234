// Wrong answer: good responses are rebuilt from their text, losing their status and headers.
// The check says: needed: “/created -> 201
type Handler = (request: Request) => Promise<Response>;

function errorsAsJson(handler: Handler): Handler {
  return async (request) => {
    try {
      const response = await handler(request);
      return new Response(await response.text());
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
