// Wrong answer: the greeting is right but keeps the status of the fallback, 404.
// The check says: needed: “/hello/
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/ping") return new Response("pong");
  const hello = /^\/hello\/([^/]+)$/.exec(pathname);
  const body = hello?.[1] === undefined ? "not found" : `hello, ${decodeURIComponent(hello[1])}`;
  return new Response(body, { status: 404 });
}

for (const path of ["/ping", "/hello/Ada", "/nowhere"]) {
  const response = await handle(new Request(`http://tiny.app${path}`));
  console.log(`${path} -> ${response.status} ${await response.text()}`);
}
