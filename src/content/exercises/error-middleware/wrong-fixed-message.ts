// Wrong answer: the error's message is lost; every failure answers the same fixed JSON.
// The check says: needed: “/fails -> 500 application/json
type Handler = (request: Request) => Promise<Response>;

function errorsAsJson(handler: Handler): Handler {
  return async (request) => {
    try {
      return await handler(request);
    } catch {
      return Response.json({ error: "database is down" }, { status: 500 });
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
