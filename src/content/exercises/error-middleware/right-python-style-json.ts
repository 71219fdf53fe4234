// Right answer (from issue 19): the JSON is written by hand the way Python's json.dumps writes
// it, with a space after each colon; the check reads it as data, so that is fine.
type Handler = (request: Request) => Promise<Response>;

function errorsAsJson(handler: Handler): Handler {
  return async function (request) {
    let response: Response;
    try {
      response = await handler(request);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const body = `{"error": ${JSON.stringify(message)}}`;
      return new Response(body, {
        status: 500,
        headers: { "content-type": "application/json; charset=utf-8" },
      });
    }
    return response;
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
